package org.irontrace.interdiction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights in force: log-odds per rule and a baseline, either the rules' starting weights or
 * weights learned from inspection outcomes ({@code LEARNED}), with how many outcomes taught them.
 * Learned weights also move the baseline of each lane ({@code byLane}, log-odds added for a
 * shipment leaving by sea, air or road; none before learning).
 */
public record RiskWeights(String source, double baseline, Map<String, Double> byRule, Map<String, Double> byLane,
		long seizures, long clears) {

	public static final String STARTING = "RULES";

	public static final String LEARNED = "LEARNED";

	/** About one shipment in four hundred carries guns when nothing else is known. */
	static final double STARTING_BASELINE = -6;

	static RiskWeights starting(long seizures, long clears) {
		Map<String, Double> weights = new LinkedHashMap<>();
		TargetingRules.ALL.forEach(rule -> weights.put(rule.code(), rule.startingWeight()));
		return new RiskWeights(STARTING, STARTING_BASELINE, weights, Map.of(), seizures, clears);
	}

	static RiskWeights learned(double baseline, double[] weights, double[] lanes, long seizures, long clears) {
		Map<String, Double> byRule = new LinkedHashMap<>();
		List<TargetingRule> rules = TargetingRules.ALL;
		for (int i = 0; i < rules.size(); i++) {
			byRule.put(rules.get(i).code(), weights[i]);
		}
		Map<String, Double> byLane = new LinkedHashMap<>();
		for (Lane lane : Lane.values()) {
			byLane.put(lane.name(), lanes[lane.ordinal()]);
		}
		return new RiskWeights(LEARNED, baseline, byRule, byLane, seizures, clears);
	}

	double weightOf(String code) {
		return byRule.getOrDefault(code, 0.0);
	}

	/** Log-odds added for a shipment of this lane (0 for none, or before learning). */
	double offsetOf(Lane lane) {
		return lane == null ? 0 : byLane.getOrDefault(lane.name(), 0.0);
	}
}
