package org.irontrace.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * The states and cities of the US market. Dealers are spread over the states in proportion to the
 * real number of retail licensees (us_states.csv: approximate shares, rounded, from ATF's published
 * listing of federal firearms licensees: Texas, Florida, Pennsylvania, California lead).
 */
final class UsPlaces {

	private final List<String> states = new ArrayList<>();

	private final Map<String, Double> dealerWeight = new TreeMap<>();

	private final Map<String, List<UsCity>> cities = new TreeMap<>();

	UsPlaces() {
		for (NamedCsvRecord row : ResourceTable.read("us_states.csv")) {
			states.add(row.getField("state"));
			dealerWeight.put(row.getField("state"), Double.parseDouble(row.getField("dealer_weight")));
		}
		for (NamedCsvRecord row : ResourceTable.read("us_cities.csv")) {
			cities.computeIfAbsent(row.getField("state"), state -> new ArrayList<>())
				.add(new UsCity(row.getField("state"), row.getField("city"), Double.parseDouble(row.getField("latitude")),
						Double.parseDouble(row.getField("longitude")), row.getField("postal_code")));
		}
		for (String state : states) {
			if (!cities.containsKey(state)) {
				throw new IllegalStateException("no city for state " + state);
			}
		}
	}

	List<String> states() {
		return states;
	}

	double dealerWeight(String state) {
		return dealerWeight.get(state);
	}

	/** Weighted toward the first cities listed, which are the largest. */
	UsCity city(String state, Dice dice) {
		List<UsCity> list = cities.get(state);
		int index = Math.min(list.size() - 1, (int) (list.size() * dice.uniform() * dice.uniform()));
		return list.get(index);
	}

	/** States other than {@code excluded}, weighted by dealer count: the interior sources of trafficking. */
	WeightedTable<String> statesExcept(List<String> excluded) {
		WeightedTable<String> table = new WeightedTable<>();
		for (String state : states) {
			if (!excluded.contains(state)) {
				table.add(state, dealerWeight(state));
			}
		}
		return table;
	}
}
