package org.irontrace.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * The criminal organisations agencies attribute recovered guns to (criminal_groups.csv), by country
 * and region, and the many ways their names are written: abbreviations, accents dropped, capitals,
 * English names, factions named instead of the group.
 */
final class CriminalGroups {

	/** One organisation: where it is the main attribution and how its name is written (first = canonical). */
	record Group(String country, List<String> areas, String name, double weight, double attributed, List<String> written) {

		boolean operatesIn(String area) {
			return areas.contains("*") || areas.contains(area);
		}
	}

	/** Agencies write the canonical name most of the time, a variant otherwise. */
	private static final double CANONICAL = 0.55;

	private final Map<String, List<Group>> byCountry = new TreeMap<>();

	CriminalGroups() {
		for (NamedCsvRecord row : ResourceTable.read("criminal_groups.csv")) {
			Group group = new Group(row.getField("country"), ResourceTable.list(row.getField("areas")), row.getField("group"),
					Double.parseDouble(row.getField("weight")), Double.parseDouble(row.getField("attributed")),
					ResourceTable.list(row.getField("written")));
			byCountry.computeIfAbsent(group.country(), c -> new ArrayList<>()).add(group);
		}
	}

	/** The organisation behind guns recovered at {@code place}, or null where none is named publicly. */
	Group behind(ForeignPlace place, Dice dice) {
		List<Group> groups = byCountry.get(place.country());
		if (groups == null) {
			return null;
		}
		WeightedTable<Group> local = new WeightedTable<>();
		groups.stream().filter(group -> group.operatesIn(place.area())).forEach(group -> local.add(group, group.weight()));
		if (local.isEmpty()) {
			groups.forEach(group -> local.add(group, group.weight()));
		}
		return local.draw(dice);
	}

	/** How the agency writes the group on one seizure's guns: often not at all. */
	String asWritten(Group group, Dice dice) {
		if (group == null || !dice.chance(group.attributed())) {
			return null;
		}
		return dice.chance(CANONICAL) ? group.name() : dice.pick(group.written());
	}
}
