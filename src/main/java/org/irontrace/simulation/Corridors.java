package org.irontrace.simulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * The corridors of corridors.csv, grouped by the US source state whose share of a region's guns
 * they carry. A quota per region keeps each source state at its published share of the guns.
 */
final class Corridors {

	static final String INTERIOR = "*";

	/** One source state (or the interior) of one region, with its routes. */
	record Source(Region region, String state, double share, WeightedTable<Corridor> routes) {
	}

	private final Map<Region, List<Source>> sources = new EnumMap<>(Region.class);

	private final Map<Region, QuotaDraw> quotas = new EnumMap<>(Region.class);

	private final Map<Region, WeightedTable<String>> interiors = new EnumMap<>(Region.class);

	Corridors(UsPlaces places) {
		for (NamedCsvRecord row : ResourceTable.read("corridors.csv")) {
			Region region = Region.valueOf(row.getField("region"));
			List<Source> list = sources.computeIfAbsent(region, r -> new ArrayList<>());
			String state = row.getField("source_state");
			Source source = list.stream().filter(s -> s.state().equals(state)).findFirst().orElse(null);
			if (source == null) {
				source = new Source(region, state, Double.parseDouble(row.getField("share")), new WeightedTable<>());
				list.add(source);
			}
			Corridor corridor = new Corridor(row.getField("corridor"), region, row.getField("crossing"),
					row.getField("destination_country"), ResourceTable.blankToNull(row.getField("destination_area")));
			source.routes().add(corridor, Double.parseDouble(row.getField("route_weight")));
		}
		for (Region region : Region.values()) {
			List<Source> list = sources.get(region);
			quotas.put(region, new QuotaDraw(list.stream().mapToDouble(Source::share).toArray()));
			List<String> named = list.stream().map(Source::state).filter(s -> !INTERIOR.equals(s)).toList();
			interiors.put(region, places.statesExcept(named));
		}
	}

	/** The source of the next trafficking case of {@code guns} guns bound for {@code region}. */
	Source nextSource(Region region, int guns, Dice dice) {
		QuotaDraw quota = quotas.get(region);
		int index = quota.next(dice, guns);
		quota.add(index, guns);
		return sources.get(region).get(index);
	}

	/** The state the guns of a case are bought in: the source's own, or an interior state. */
	String sourceState(Source source, Dice dice) {
		return INTERIOR.equals(source.state()) ? interiors.get(source.region()).draw(dice) : source.state();
	}
}
