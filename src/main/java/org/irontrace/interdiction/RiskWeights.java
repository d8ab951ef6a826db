package org.irontrace.interdiction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights in force: log-odds per rule and a baseline, either the rules' starting weights or
 * weights learned from inspection outcomes ({@code LEARNED}), with how many outcomes taught them.
 */
public record RiskWeights(String source, double baseline, Map<String, Double> byRule, long seizures, long clears) {

	public static final String STARTING = "RULES";

	public static final String LEARNED = "LEARNED";

	/** About one shipment in four hundred carries guns when nothing else is known. */
	static final double STARTING_BASELINE = -6;

	static RiskWeights starting(long seizures, long clears) {
		Map<String, Double> weights = new LinkedHashMap<>();
		TargetingRules.ALL.forEach(rule -> weights.put(rule.code(), rule.startingWeight()));
		return new RiskWeights(STARTING, STARTING_BASELINE, weights, seizures, clears);
	}

	static RiskWeights learned(double baseline, double[] weights, long seizures, long clears) {
		Map<String, Double> byRule = new LinkedHashMap<>();
		List<TargetingRule> rules = TargetingRules.ALL;
		for (int i = 0; i < rules.size(); i++) {
			byRule.put(rules.get(i).code(), weights[i]);
		}
		return new RiskWeights(LEARNED, baseline, byRule, seizures, clears);
	}

	double weightOf(String code) {
		return byRule.getOrDefault(code, 0.0);
	}
}
