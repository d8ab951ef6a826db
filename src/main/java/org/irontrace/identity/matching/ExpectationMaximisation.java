package org.irontrace.identity.matching;

import java.util.Map;

/**
 * Learns m and the prior from the candidate pairs themselves, without labelled data: pairs are a
 * mixture of matches and non-matches, each field independent given the class; the E step gives
 * each comparison pattern its match probability, the M step re-counts the levels weighted by it.
 * Runs on pattern counts, so its cost does not depend on the number of pairs.
 * <p>
 * u stays as measured on random pairs ({@link StartingModel}). Re-estimating it on candidate pairs
 * lets EM settle on the wrong split: blocking makes non-matches agree on the blocking keys, and
 * the "match" class drifts to "lives at the same address", which throws away every person who moved.
 */
final class ExpectationMaximisation {

	private static final int MAX_ROUNDS = 200;

	private static final double CONVERGED = 1e-7;

	/** Pseudo-count that keeps a level never seen in one class from a zero probability. */
	private static final double SMOOTHING = 1e-3;

	private ExpectationMaximisation() {
	}

	/** Trains from {@code counts} (comparison pattern to number of pairs), starting from {@code start}. */
	static MatchModel train(Map<Integer, Long> counts, MatchModel start) {
		MatchModel model = start;
		for (int round = 0; round < MAX_ROUNDS; round++) {
			MatchModel next = step(counts, model);
			boolean converged = Math.abs(next.prior() - model.prior()) < CONVERGED;
			model = next;
			if (converged && round > 5) {
				break;
			}
		}
		return model;
	}

	/** The share of matches among pairs, with m and u held: the prior for scoring those pairs. */
	static MatchModel prior(Map<Integer, Long> counts, MatchModel model) {
		MatchModel fitted = model;
		for (int round = 0; round < MAX_ROUNDS; round++) {
			MatchModel next = step(counts, fitted);
			boolean converged = Math.abs(next.prior() - fitted.prior()) < CONVERGED;
			fitted = new MatchModel(next.prior(), model.m(), model.u());
			if (converged) {
				break;
			}
		}
		return fitted;
	}

	static MatchModel step(Map<Integer, Long> counts, MatchModel model) {
		Field[] fields = Field.values();
		double[][] m = new double[fields.length][];
		for (Field field : fields) {
			m[field.ordinal()] = new double[field.levelCount()];
		}
		double matches = 0;
		double total = 0;
		double[][] table = model.weightTable();
		double priorWeight = model.priorWeight();
		for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
			int pattern = entry.getKey();
			double weight = priorWeight;
			for (Field field : fields) {
				weight += table[field.ordinal()][field.levelIn(pattern)];
			}
			double p = MatchModel.probability(weight);
			double n = entry.getValue();
			matches += p * n;
			total += n;
			for (Field field : fields) {
				int level = field.levelIn(pattern);
				m[field.ordinal()][level] += p * n;
			}
		}
		normalise(m);
		double prior = Math.min(0.999, Math.max(1e-6, matches / total));
		return new MatchModel(prior, m, model.u());
	}

	/** Each field's levels other than "missing" to probabilities summing to one. */
	static void normalise(double[][] probabilities) {
		for (double[] levels : probabilities) {
			double sum = 0;
			for (int level = 1; level < levels.length; level++) {
				levels[level] += SMOOTHING;
				sum += levels[level];
			}
			levels[Field.MISSING] = 0;
			for (int level = 1; level < levels.length; level++) {
				levels[level] /= sum;
			}
		}
	}
}
