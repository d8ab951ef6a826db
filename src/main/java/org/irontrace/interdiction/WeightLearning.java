package org.irontrace.interdiction;

import java.util.List;

/**
 * Learns the rules' weights from inspected shipments and what their inspections found: a logistic
 * regression whose prior is the rules themselves (each weight drawn towards its starting value), so a
 * few outcomes move the weights a little and many move them far, and a rule that never meets a
 * seizure is not thrown out on thin evidence. Below {@link #FEWEST_OF_EACH} seizures or clears the
 * starting weights stay in force: a handful of outcomes teaches chance. Inspections are not a random
 * sample (officers inspect what the rules point at), which the prior also tempers.
 */
final class WeightLearning {

	/** Seizures and clears each needed before outcomes replace the starting weights. */
	static final int FEWEST_OF_EACH = 20;

	/** How far a weight may stray from its starting value without strong evidence (prior variance). */
	private static final double PRIOR_VARIANCE = 1.0;

	private static final int ROUNDS = 400;

	private WeightLearning() {
	}

	/** One inspected shipment: its rules' strengths and whether guns were found. */
	record Outcome(double[] strengths, boolean seized) {
	}

	static RiskWeights learn(List<Outcome> outcomes) {
		long seizures = outcomes.stream().filter(Outcome::seized).count();
		long clears = outcomes.size() - seizures;
		if (seizures < FEWEST_OF_EACH || clears < FEWEST_OF_EACH) {
			return RiskWeights.starting(seizures, clears);
		}
		int rules = TargetingRules.ALL.size();
		double[] prior = new double[rules + 1];
		for (int i = 0; i < rules; i++) {
			prior[i] = TargetingRules.ALL.get(i).startingWeight();
		}
		// The baseline's prior is the inspected seizure rate: inspections are where the outcomes are.
		prior[rules] = Math.log((seizures + 0.5) / (clears + 0.5));
		double[] weights = prior.clone();
		double step = 1.0 / outcomes.size();
		for (int round = 0; round < ROUNDS; round++) {
			double[] gradient = new double[rules + 1];
			for (Outcome outcome : outcomes) {
				double z = weights[rules];
				for (int i = 0; i < rules; i++) {
					z += weights[i] * outcome.strengths()[i];
				}
				double error = (outcome.seized() ? 1 : 0) - 1 / (1 + Math.exp(-z));
				for (int i = 0; i < rules; i++) {
					gradient[i] += error * outcome.strengths()[i];
				}
				gradient[rules] += error;
			}
			for (int i = 0; i <= rules; i++) {
				gradient[i] -= (weights[i] - prior[i]) / PRIOR_VARIANCE;
				weights[i] += 2 * step * gradient[i];
			}
		}
		double[] ruleWeights = java.util.Arrays.copyOf(weights, rules);
		return RiskWeights.learned(weights[rules], ruleWeights, seizures, clears);
	}
}
