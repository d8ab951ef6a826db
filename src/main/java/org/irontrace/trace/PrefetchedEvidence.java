package org.irontrace.trace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.irontrace.commerce.CustodyEvent;
import org.irontrace.commerce.FirearmIdentity;
import org.irontrace.commerce.Ledger;
import org.irontrace.commerce.LedgerFirearm;

/**
 * The firearms of the serials being traced fetched with their custody chains in one statement (for
 * one trace as for a page of them); only the rare look-alike and partial readings, and guns named by
 * an authority's answer alone, go back to the ledger.
 */
final class PrefetchedEvidence extends LedgerEvidence {

	private final Map<String, List<LedgerFirearm>> bySerial;

	private final Map<FirearmIdentity, List<CustodyEvent>> chains;

	private PrefetchedEvidence(Ledger ledger, Map<String, List<LedgerFirearm>> bySerial,
			Map<FirearmIdentity, List<CustodyEvent>> chains) {
		super(ledger);
		this.bySerial = bySerial;
		this.chains = chains;
	}

	static PrefetchedEvidence of(Ledger ledger, Collection<String> serialKeys) {
		Map<String, List<LedgerFirearm>> bySerial = new HashMap<>();
		Map<FirearmIdentity, List<CustodyEvent>> chains = new HashMap<>();
		ledger.listFirearmsWithCustody(serialKeys).forEach((firearm, chain) -> {
			bySerial.computeIfAbsent(firearm.identity().serialKey(), key -> new ArrayList<>()).add(firearm);
			chains.put(firearm.identity(), chain);
		});
		return new PrefetchedEvidence(ledger, bySerial, chains);
	}

	@Override
	public List<LedgerFirearm> firearmsWithSerial(String serialKey) {
		return bySerial.getOrDefault(serialKey, List.of());
	}

	@Override
	public Map<FirearmIdentity, List<CustodyEvent>> custodyOf(Collection<FirearmIdentity> firearms) {
		Map<FirearmIdentity, List<CustodyEvent>> found = new LinkedHashMap<>();
		List<FirearmIdentity> missing = new ArrayList<>();
		for (FirearmIdentity firearm : firearms) {
			List<CustodyEvent> chain = chains.get(firearm);
			if (chain != null) {
				found.put(firearm, chain);
			}
			else {
				missing.add(firearm);
			}
		}
		found.putAll(super.custodyOf(missing));
		return found;
	}
}
