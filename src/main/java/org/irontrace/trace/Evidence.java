package org.irontrace.trace;

import java.util.List;

import org.irontrace.commerce.LedgerFirearm;

/** What identification may ask of the ledger; bulk tracing answers the first question from a prefetch. */
interface Evidence {

	List<LedgerFirearm> firearmsWithSerial(String serialKey);

	List<LedgerFirearm> firearmsReadingAlike(String serialReading, String manufacturerKey);

	/** Whether the ledger holds import records, so that a foreign gun it does not know was never imported. */
	boolean holdsImportRecords();
}
