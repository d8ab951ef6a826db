package org.irontrace.report;

import java.util.List;

/**
 * One way the dashboard splits its recoveries. Like {@link Facet}, all are counted in one pass with
 * SQL {@code GROUPING SETS} and told apart in the answer by the {@code GROUPING()} mask.
 */
enum DashboardFacet {

	TOTAL(),
	MONTHS("month"),
	OUTCOMES("outcome"),
	SOURCE_STATES("source_state"),
	MAKERS("maker"),
	CALIBRES("calibre"),
	TIME_TO_CRIME("ttc"),
	COUNTRIES("country"),
	PLACES("country", "place"),
	FLOWS("source_state", "country", "place"),
	POINTS("lat", "lon"),
	CRIME_CODES("crime_code");

	/** Every grouped column, in the order of the {@code GROUPING()} call. */
	static final List<String> COLUMNS = List.of("month", "outcome", "source_state", "maker", "calibre", "ttc",
			"country", "place", "lat", "lon", "crime_code");

	final List<String> columns;

	DashboardFacet(String... columns) {
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
