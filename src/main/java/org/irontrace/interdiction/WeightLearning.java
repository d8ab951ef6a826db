package org.irontrace.interdiction;

import java.util.Arrays;
import java.util.List;

/**
 * Learns the rules' weights from inspected shipments and what their inspections found: a logistic
 * regression whose prior is the rules themselves (each weight drawn towards its starting value), so a
 * few outcomes move the weights a little and many move them far, and a rule that never meets a
 * seizure is not thrown out on thin evidence. Below {@link #FEWEST_OF_EACH} seizures or clears the
 * starting weights stay in force: a handful of outcomes teaches chance. Inspections are not a random
 * sample (officers inspect what the rules point at, and some lanes more than others), which the
 * prior also tempers. Each lane's baseline is learned beside the rules, drawn towards the common one,
 * so that a lane whose inspections find more (or less) than the rules explain is ranked accordingly.
 */
final class WeightLearning {

	/** Seizures and clears each needed before outcomes replace the starting weights. */
	static final int FEWEST_OF_EACH = 20;

	/** How far a weight may stray from its starting value without strong evidence (prior variance). */
	private static final double PRIOR_VARIANCE = 1.0;

	/** How far a lane's baseline may stray from the common one without strong evidence. */
	private static final double LANE_PRIOR_VARIANCE = 0.5;

	private static final int ROUNDS = 400;

	private WeightLearning() {
	}

	/** One inspected shipment: its rules' strengths, its lane (null for none) and whether guns were found. */
	record Outcome(double[] strengths, Lane lane, boolean seized) {

		Outcome(double[] strengths, boolean seized) {
			this(strengths, null, seized);
		}
	}

	static RiskWeights learn(List<Outcome> outcomes) {
		long seizures = outcomes.stream().filter(Outcome::seized).count();
		long clears = outcomes.size() - seizures;
		if (seizures < FEWEST_OF_EACH || clears < FEWEST_OF_EACH) {
			return RiskWeights.starting(seizures, clears);
		}
		int rules = TargetingRules.ALL.size();
		int lanes = Lane.values().length;
		int baseline = rules + lanes;
		// Weights in one row: the rules', then each lane's offset from the baseline, then the baseline.
		double[] prior = new double[baseline + 1];
		double[] variance = new double[baseline + 1];
		Arrays.fill(variance, PRIOR_VARIANCE);
		for (int i = 0; i < rules; i++) {
			prior[i] = TargetingRules.ALL.get(i).startingWeight();
		}
		Arrays.fill(variance, rules, baseline, LANE_PRIOR_VARIANCE);
		// The baseline's prior is the inspected seizure rate: inspections are where the outcomes are.
		prior[baseline] = Math.log((seizures + 0.5) / (clears + 0.5));
		double[] weights = prior.clone();
		double step = 1.0 / outcomes.size();
		for (int round = 0; round < ROUNDS; round++) {
			double[] gradient = new double[baseline + 1];
			for (Outcome outcome : outcomes) {
				int lane = outcome.lane() == null ? -1 : rules + outcome.lane().ordinal();
				double z = weights[baseline] + (lane < 0 ? 0 : weights[lane]);
				for (int i = 0; i < rules; i++) {
					z += weights[i] * outcome.strengths()[i];
				}
				double error = (outcome.seized() ? 1 : 0) - 1 / (1 + Math.exp(-z));
				for (int i = 0; i < rules; i++) {
					gradient[i] += error * outcome.strengths()[i];
				}
				if (lane >= 0) {
					gradient[lane] += error;
				}
				gradient[baseline] += error;
			}
			for (int i = 0; i <= baseline; i++) {
				gradient[i] -= (weights[i] - prior[i]) / variance[i];
				weights[i] += 2 * step * gradient[i];
			}
		}
		return RiskWeights.learned(weights[baseline], Arrays.copyOf(weights, rules),
				Arrays.copyOfRange(weights, rules, baseline), seizures, clears);
	}
}
