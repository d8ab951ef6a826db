package org.irontrace.identity.matching;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * How common each name is. Two records agreeing exactly on a rare surname are stronger evidence
 * than two agreeing on García: the exact-agreement weight is adjusted by log2(typical frequency /
 * this name's frequency), bounded so one name cannot decide a pair alone.
 */
final class TermFrequencies {

	static final double BOUND = 3;

	private final Map<String, Double> adjustments = new HashMap<>();

	TermFrequencies(PreparedRecord[] records, Function<PreparedRecord, String> value) {
		Map<String, Integer> counts = new HashMap<>();
		int known = 0;
		for (PreparedRecord record : records) {
			String v = value.apply(record);
			if (v != null) {
				counts.merge(v, 1, Integer::sum);
				known++;
			}
		}
		double typical = 0;
		for (int count : counts.values()) {
			double frequency = (double) count / known;
			typical += frequency * frequency;
		}
		for (Map.Entry<String, Integer> entry : counts.entrySet()) {
			double frequency = (double) entry.getValue() / known;
			double adjustment = MatchModel.log2(typical / frequency);
			adjustments.put(entry.getKey(), Math.max(-BOUND, Math.min(BOUND, adjustment)));
		}
	}

	/** The adjustment in bits for two records agreeing exactly on {@code value}. */
	double adjustment(String value) {
		return value == null ? 0 : adjustments.getOrDefault(value, 0.0);
	}
}
