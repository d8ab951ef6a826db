package org.irontrace.trace;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.irontrace.commerce.Ledger;
import org.irontrace.commerce.LedgerFirearm;

/**
 * For bulk tracing: the firearms of a whole page of serials fetched in one query; only the rare
 * look-alike and partial readings go back to the ledger.
 */
final class PrefetchedEvidence extends LedgerEvidence {

	private final Map<String, List<LedgerFirearm>> bySerial;

	private PrefetchedEvidence(Ledger ledger, Map<String, List<LedgerFirearm>> bySerial) {
		super(ledger);
		this.bySerial = bySerial;
	}

	static PrefetchedEvidence of(Ledger ledger, Collection<String> serialKeys) {
		Map<String, List<LedgerFirearm>> bySerial = new HashMap<>();
		for (LedgerFirearm firearm : ledger.listFirearmsWithSerials(serialKeys)) {
			bySerial.computeIfAbsent(firearm.identity().serialKey(), key -> new java.util.ArrayList<>()).add(firearm);
		}
		return new PrefetchedEvidence(ledger, bySerial);
	}

	@Override
	public List<LedgerFirearm> firearmsWithSerial(String serialKey) {
		return bySerial.getOrDefault(serialKey, List.of());
	}
}
