package org.irontrace.trace;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.irontrace.commerce.CustodyEvent;
import org.irontrace.commerce.FirearmIdentity;
import org.irontrace.commerce.LedgerFirearm;

/**
 * What identification and the chain may ask of the ledger; tracing answers the first and the last
 * question from a prefetch.
 */
interface Evidence {

	List<LedgerFirearm> firearmsWithSerial(String serialKey);

	List<LedgerFirearm> firearmsReadingAlike(String serialReading, String manufacturerKey);

	/** Whether the ledger holds import records, so that a foreign gun it does not know was never imported. */
	boolean holdsImportRecords();

	/** The custody events of each firearm, in the order they happened. */
	Map<FirearmIdentity, List<CustodyEvent>> custodyOf(Collection<FirearmIdentity> firearms);
}
