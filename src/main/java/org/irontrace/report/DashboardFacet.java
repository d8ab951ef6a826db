package org.irontrace.report;

import java.util.List;

/**
 * One way the dashboard splits its recoveries. Like {@link Facet}, all are counted in one pass with
 * SQL {@code GROUPING SETS} and told apart in the answer by the {@code GROUPING()} mask.
 */
enum DashboardFacet {

	TOTAL("place"),
	MONTHS("place", "month"),
	OUTCOMES("outcome", "outcome"),
	SOURCE_STATES("source_state", "source_state"),
	MAKERS("maker", "maker"),
	CALIBRES("calibre", "calibre"),
	TIME_TO_CRIME("ttc", "ttc"),
	COUNTRIES("place", "country"),
	PLACES("place", "country", "place"),
	FLOWS("source_state", "source_state", "country", "place"),
	POINTS("point", "lat", "lon"),
	CRIME_CODES("place", "crime_code"),
	CRIMINAL_GROUPS("place", "criminal_group"),
	FIREARM_TYPES("type", "firearm_type");

	/** Every grouped column, in the order of the {@code GROUPING()} call. */
	static final List<String> COLUMNS = List.of("month", "outcome", "source_state", "maker", "calibre", "ttc",
			"country", "place", "lat", "lon", "crime_code", "criminal_group", "firearm_type");

	/** The SQL type of each grouped column, for the cells' answer to name the columns a facet leaves empty. */
	static final List<String> TYPES = List.of("date", "text", "text", "text", "text", "integer", "text", "text",
			"double precision", "double precision", "text", "text", "text");

	/** Which kind of dashboard cell (migration V36) holds this facet's counts. */
	final String cellKind;

	final List<String> columns;

	DashboardFacet(String cellKind, String... columns) {
		this.cellKind = cellKind;
		this.columns = List.of(columns);
	}

	String groupingSet() {
		return "(" + String.join(", ", columns) + ")";
	}

	/** What {@code GROUPING(all columns)} answers for this facet's rows: a 1 per column not grouped. */
	int mask() {
		int mask = 0;
		for (int i = 0; i < COLUMNS.size(); i++) {
			if (!columns.contains(COLUMNS.get(i))) {
				mask |= 1 << (COLUMNS.size() - 1 - i);
			}
		}
		return mask;
	}

	static DashboardFacet ofMask(int mask) {
		for (DashboardFacet facet : values()) {
			if (facet.mask() == mask) {
				return facet;
			}
		}
		throw new IllegalStateException("No dashboard facet groups by mask " + Integer.toBinaryString(mask));
	}
}
