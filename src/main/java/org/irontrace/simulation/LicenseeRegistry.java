package org.irontrace.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * The licensees of the world: makers and importers of the catalogue, distributors, and retail
 * dealers spread over the states like the real ones. A few dealers in the source states are
 * corrupt: they sell knowingly to straw purchasers and off the books to traffickers, and so supply
 * a share of crime guns out of all proportion to their number (ATF "demand letter" practice).
 */
final class LicenseeRegistry {

	static final List<String> COLUMNS = List.of("licence_number", "licence_type", "business_name", "street", "city",
			"state", "postal_code", "country", "status", "latitude", "longitude");

	/** Corrupt dealers per source state in a world of 2,000 dealers (at least these few in any world). */
	private static final Map<String, Integer> CORRUPT_PER_STATE = new TreeMap<>(
			Map.of("TX", 3, "AZ", 2, "CA", 1, "NM", 1, "FL", 2, "GA", 1));

	private final List<Licensee> all = new ArrayList<>();

	private final Map<String, Licensee> makers = new TreeMap<>();

	private final Map<String, Licensee> importers = new TreeMap<>();

	private final List<Licensee> distributors = new ArrayList<>();

	private final WeightedTable<Licensee> dealers = new WeightedTable<>();

	private final Map<String, WeightedTable<Licensee>> dealersByState = new TreeMap<>();

	private final Map<String, List<Licensee>> corruptByState = new TreeMap<>();

	private final List<Licensee> corrupt = new ArrayList<>();

	LicenseeRegistry(int firearms, Catalogue catalogue, UsPlaces places, NameBook names, Dice dice) {
		LicenseeFactory factory = new LicenseeFactory(places, names, dice);
		for (GunModel model : catalogue.models()) {
			if (model.makerState() != null && !makers.containsKey(model.maker())) {
				makers.put(model.maker(), add(factory.business(model.maker(), "07", model.makerState())));
			}
			if (model.importer() != null && !importers.containsKey(model.importer())) {
				importers.put(model.importer(), add(factory.business(model.importer(), "08", model.importerState())));
			}
		}
		int dealerCount = Math.max(300, Math.min(60_000, firearms / 40));
		WeightedTable<String> states = new WeightedTable<>();
		places.states().forEach(state -> states.add(state, places.dealerWeight(state)));
		for (int i = 0; i < 8 + dealerCount / 400; i++) {
			distributors.add(add(factory.distributor(states.draw(dice))));
		}
		for (int i = 0; i < dealerCount; i++) {
			Licensee dealer = add(factory.dealer(states.draw(dice)));
			double volume = dice.logNormal(1, 0.9);
			dealers.add(dealer, volume);
			dealersByState.computeIfAbsent(dealer.state(), s -> new WeightedTable<>()).add(dealer, volume);
		}
		for (Map.Entry<String, Integer> entry : CORRUPT_PER_STATE.entrySet()) {
			WeightedTable<Licensee> local = dealersByState.get(entry.getKey());
			List<Licensee> candidates = local == null ? List.of() : local.items();
			int wanted = Math.max(entry.getValue(), (int) Math.round(entry.getValue() * dealerCount / 2000.0));
			List<Licensee> chosen = new ArrayList<>();
			for (int i = 0; i < wanted && i < candidates.size(); i++) {
				Licensee candidate = dice.pick(candidates);
				if (!candidate.outOfBusiness() && !chosen.contains(candidate)) {
					chosen.add(candidate);
				}
			}
			corruptByState.put(entry.getKey(), chosen);
			corrupt.addAll(chosen);
		}
	}

	private Licensee add(Licensee licensee) {
		all.add(licensee);
		return licensee;
	}

	void write(CsvWriter csv) {
		csv.writeRecord(COLUMNS);
		for (Licensee l : all) {
			csv.writeRecord(l.number(), l.type(), l.name(), l.street(), l.city().city(), l.state(), l.postalCode(), "US",
					l.status(), Text.degrees(l.latitude()), Text.degrees(l.longitude()));
		}
	}

	int count() {
		return all.size();
	}

	Licensee maker(GunModel model) {
		return model.imported() ? importers.get(model.importer()) : makers.get(model.maker());
	}

	Licensee distributor(Dice dice) {
		return dice.pick(distributors);
	}

	Licensee dealer(Dice dice) {
		return dealers.draw(dice);
	}

	/** A dealer of {@code state}, weighted by volume; anywhere when a small world has none there. */
	Licensee dealerIn(String state, Dice dice) {
		WeightedTable<Licensee> local = dealersByState.get(state);
		return local == null ? dealers.draw(dice) : local.draw(dice);
	}

	/** The corrupt dealers of a state (none outside the main source states). */
	List<Licensee> corruptIn(String state) {
		return corruptByState.getOrDefault(state, List.of());
	}

	List<Licensee> corruptDealers() {
		return corrupt;
	}

	boolean isCorrupt(Licensee dealer) {
		return corrupt.contains(dealer);
	}
}
