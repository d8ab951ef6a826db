package org.irontrace.trace;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.irontrace.commerce.CustodyEvent;
import org.irontrace.commerce.FirearmIdentity;
import org.irontrace.commerce.Ledger;
import org.irontrace.commerce.LedgerFirearm;

/** Asks the ledger directly: one index look-up per question. */
class LedgerEvidence implements Evidence {

	/**
	 * The most candidates one reading lists. Two unreadable characters allow at most 36 x 36
	 * serials per maker; a reading that matches more than this is too vague to act on.
	 */
	static final int MAX_CANDIDATES = 500;

	private final Ledger ledger;

	LedgerEvidence(Ledger ledger) {
		this.ledger = ledger;
	}

	@Override
	public List<LedgerFirearm> firearmsWithSerial(String serialKey) {
		return ledger.listFirearmsWithSerial(serialKey);
	}

	@Override
	public List<LedgerFirearm> firearmsReadingAlike(String serialReading, String manufacturerKey) {
		return ledger.listFirearmsReadingAlike(serialReading, manufacturerKey, MAX_CANDIDATES);
	}

	@Override
	public boolean holdsImportRecords() {
		return ledger.holdsImportRecords();
	}

	@Override
	public Map<FirearmIdentity, List<CustodyEvent>> custodyOf(Collection<FirearmIdentity> firearms) {
		return ledger.custodyOf(firearms);
	}
}
