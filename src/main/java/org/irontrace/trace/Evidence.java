package org.irontrace.trace;

import java.util.List;

import org.irontrace.commerce.LedgerFirearm;

/** What identification may ask of the ledger; bulk tracing answers the first question from a prefetch. */
interface Evidence {

	List<LedgerFirearm> firearmsWithSerial(String serialKey);

	List<LedgerFirearm> firearmsReadingAlike(String serialReading, String manufacturerKey);
}
