package org.irontrace.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.irontrace.commerce.FirearmIdentity;
import org.irontrace.recovery.Recovery;
import org.irontrace.registry.DomesticRegistry;
import org.irontrace.registry.RegisteredFirearm;
import org.irontrace.registry.RegistryKey;

/**
 * A trace also asks the recovering country's own registry whether it holds the gun: one that it
 * does was diverted at home (from a licensed holder, a security company, the police or the army),
 * whatever its US chain says. The gun is looked up as identified (by the ledger or the authority's
 * answer) or, when it was not, as the agency described it; one query per country for a page.
 */
final class HomeRegistry {

	private HomeRegistry() {
	}

	static List<TraceResult> checked(List<Recovery> page, List<Identification> identifications,
			List<TraceResult> results, DomesticRegistry registry) {
		Map<String, List<Integer>> byCountry = new LinkedHashMap<>();
		List<RegistryKey> keys = new ArrayList<>(page.size());
		for (int i = 0; i < page.size(); i++) {
			keys.add(key(page.get(i), identifications.get(i)));
			byCountry.computeIfAbsent(page.get(i).country(), country -> new ArrayList<>()).add(i);
		}
		List<TraceResult> checked = new ArrayList<>(results);
		byCountry.forEach((country, rows) -> {
			if (country == null) {
				return;
			}
			Map<RegistryKey, RegisteredFirearm> found = registry.findRegistered(country,
					rows.stream().map(keys::get).distinct().toList());
			for (int row : rows) {
				RegisteredFirearm entry = found.get(keys.get(row));
				if (entry != null) {
					checked.set(row, checked.get(row).withDomesticRegistry(new TraceResult.Registered(entry.country(),
							entry.registryId(), entry.holderType().name(),
							entry.status() == null ? null : entry.status().name(), entry.statusDate())));
				}
			}
		});
		return checked;
	}

	private static RegistryKey key(Recovery recovery, Identification identification) {
		if (identification instanceof Identification.Identified found) {
			FirearmIdentity identity = found.firearm().identity();
			return new RegistryKey(identity.serialKey(), identity.manufacturerKey(),
					identity.importerKey().isEmpty() ? null : identity.importerKey());
		}
		return RegistryKey.of(recovery.firearm());
	}
}
