package org.irontrace.report;

import java.util.Map;

/**
 * One group of one dashboard facet: its key columns and its counts.
 *
 * @param keys the facet's grouped columns and their values (null for an unknown value)
 * @param recovered recoveries in the group
 * @param traced those with a trace result
 * @param usSourced those the latest trace found first sold at retail in the United States
 * @param established those whose origin the latest trace established (US-sourced or not)
 * @param located those with coordinates
 * @param placed those naming their state or department
 */
record DashboardGroup(Map<String, Object> keys, long recovered, long traced, long usSourced, long established,
		long located, long placed) {

	/** The counts of two shares of one group added together. */
	DashboardGroup plus(DashboardGroup other) {
		return new DashboardGroup(keys, recovered + other.recovered, traced + other.traced,
				usSourced + other.usSourced, established + other.established, located + other.located,
				placed + other.placed);
	}

	String key(String column) {
		Object value = keys.get(column);
		return value == null ? null : value.toString();
	}
}
