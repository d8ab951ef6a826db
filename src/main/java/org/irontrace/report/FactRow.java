package org.irontrace.report;

import java.util.Map;

/**
 * One group of one facet: its key columns and its counts.
 *
 * @param keys the facet's grouped columns and their values (null for an unknown value)
 * @param recovered recoveries in the group
 * @param traced those with a stored trace result
 * @param established those whose origin the latest trace established (usSourced true or false)
 * @param ttcKnown those with a time-to-crime
 * @param ttcDaysSum the sum of their times-to-crime, in days
 */
record FactRow(Map<String, Object> keys, long recovered, long traced, long established, long ttcKnown,
		long ttcDaysSum) {

	/** The counts of two parts of one group added together. */
	FactRow plus(FactRow other) {
		return new FactRow(keys, recovered + other.recovered, traced + other.traced, established + other.established,
				ttcKnown + other.ttcKnown, ttcDaysSum + other.ttcDaysSum);
	}

	String key(String column) {
		Object value = keys.get(column);
		return value == null ? null : value.toString();
	}
}
