package org.irontrace.report;

import java.util.List;

/**
 * One way of splitting the recoveries of a report (by outcome, by source state ...). All facets
 * are counted in a single pass over the recoveries with SQL {@code GROUPING SETS}; each facet is
 * recognised in the answer by the {@code GROUPING()} mask of the columns it does not group by.
 */
enum Facet {

	TOTAL(),
	OUTCOMES("outcome"),
	STATUSES("status", "reason"),
	SOURCE_STATES("source_state"),
	FLOWS("source_state", "admin_area"),
	RECOVERY_AREAS("admin_area"),
	FIREARM_TYPES("firearm_type"),
	CALIBRES("calibre_family", "traced_calibre"),
	MANUFACTURERS("traced_maker", "described_maker"),
	CRIME_CODES("crime_code"),
	TIME_TO_CRIME("ttc"),
	MADE_IN("made_in"),
	FOUND_OR_SEIZED_BY_TYPE("found", "firearm_type"),
	CRIMINAL_GROUPS("criminal_group"),
	LEGALLY_EXPORTED("exported");

	/** Every grouped column, in the order of the {@code GROUPING()} call. */
	static final List<String> COLUMNS = List.of("outcome", "status", "reason", "source_state", "admin_area",
			"firearm_type", "calibre_family", "traced_calibre", "traced_maker", "described_maker", "crime_code", "ttc",
			"made_in", "found", "criminal_group", "exported");

	final List<String> columns;

	Facet(String... columns) {
		this.columns = List.of(columns);
	}

	/** The SQL grouping set of this facet. */
	String groupingSet() {
		return "(" + String.join(", ", columns) + ")";
	}

	/** What {@code GROUPING(all columns)} answers for rows of this facet: a 1 for each column not grouped. */
	int mask() {
		int mask = 0;
		for (int i = 0; i < COLUMNS.size(); i++) {
			if (!columns.contains(COLUMNS.get(i))) {
				mask |= 1 << (COLUMNS.size() - 1 - i);
			}
		}
		return mask;
	}

	static Facet ofMask(int mask) {
		for (Facet facet : values()) {
			if (facet.mask() == mask) {
				return facet;
			}
		}
		throw new IllegalStateException("No facet groups by mask " + Integer.toBinaryString(mask));
	}
}
