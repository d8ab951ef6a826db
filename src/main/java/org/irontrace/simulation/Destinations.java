package org.irontrace.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.siegmar.fastcsv.reader.NamedCsvRecord;

/** Where guns are recovered (destinations.csv) and which countries recover them (recovering_countries.csv). */
final class Destinations {

	/** Mexican states far from the border where trafficked guns end up: the cartels' interior wars. */
	private static final List<String> MEXICO_INTERIOR = List.of("JAL", "MIC", "GRO", "GUA", "ZAC", "CMX", "DUR", "SIN");

	private final Map<String, WeightedTable<ForeignPlace>> byCountry = new TreeMap<>();

	private final Map<String, WeightedTable<ForeignPlace>> byArea = new TreeMap<>();

	private final WeightedTable<String> mexicoInterior = new WeightedTable<>();

	private final Map<String, RecoveringCountry> countries = new TreeMap<>();

	private final List<RecoveringCountry> countryList = new ArrayList<>();

	Destinations() {
		Map<String, Double> areaWeight = new TreeMap<>();
		for (NamedCsvRecord row : ResourceTable.read("destinations.csv")) {
			ForeignPlace place = new ForeignPlace(row.getField("country"), row.getField("admin_area"), row.getField("city"),
					Double.parseDouble(row.getField("latitude")), Double.parseDouble(row.getField("longitude")));
			double weight = Double.parseDouble(row.getField("weight"));
			byCountry.computeIfAbsent(place.country(), c -> new WeightedTable<>()).add(place, weight);
			byArea.computeIfAbsent(place.country() + "-" + place.area(), a -> new WeightedTable<>()).add(place, weight);
			if ("MX".equals(place.country())) {
				areaWeight.merge(place.area(), weight, Double::sum);
			}
		}
		MEXICO_INTERIOR.forEach(area -> mexicoInterior.add(area, areaWeight.get(area)));
		for (NamedCsvRecord row : ResourceTable.read("recovering_countries.csv")) {
			String published = ResourceTable.blankToNull(row.getField("us_sourced"));
			RecoveringCountry country = new RecoveringCountry(row.getField("country"), Region.valueOf(row.getField("region")),
					published == null ? Double.NaN : Double.parseDouble(published) / 100,
					Double.parseDouble(row.getField("region_us_sourced")) / 100, row.getField("national_agency"),
					ResourceTable.blankToNull(row.getField("state_agency_prefix")),
					Culture.valueOf(row.getField("nationality_culture")));
			countries.put(country.country(), country);
			countryList.add(country);
		}
	}

	RecoveringCountry country(String code) {
		return countries.get(code);
	}

	List<RecoveringCountry> countries() {
		return countryList;
	}

	/**
	 * Where a gun of {@code corridor} is recovered: in Mexico mostly in the state the corridor feeds,
	 * otherwise deeper inland; in the Caribbean anywhere in the country, weighted by its violence.
	 */
	ForeignPlace recoveryPlace(Corridor corridor, Dice dice) {
		if (corridor.destinationArea() != null) {
			String area = dice.chance(0.65) ? corridor.destinationArea() : mexicoInterior.draw(dice);
			return byArea.get("MX-" + area).draw(dice);
		}
		return anywhereIn(corridor.destinationCountry(), dice);
	}

	ForeignPlace anywhereIn(String country, Dice dice) {
		return byCountry.get(country).draw(dice);
	}
}
