package org.irontrace.identity.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns the model from the records, without labels. u comes from random pairs. m comes from one
 * EM session per training blocking rule, each on that rule's pairs with the rule's own fields
 * hidden (within its blocks they agree by construction, so they would only teach EM that every
 * pair is a match); a field's m is the mean over the sessions where it was free. Last, the prior
 * is fitted on the candidate pairs with m and u held.
 */
final class ModelTraining {

	private final int maxBlock;

	private final int threads;

	ModelTraining(int maxBlock, int threads) {
		this.maxBlock = maxBlock;
		this.threads = threads;
	}

	MatchModel train(PreparedRecord[] records, PairFilter filter, List<CandidatePairs> candidates) {
		MatchModel start = StartingModel.of(records);
		Field[] fields = Field.values();
		double[][] m = new double[fields.length][];
		int[] sessions = new int[fields.length];
		for (Field field : fields) {
			m[field.ordinal()] = new double[field.levelCount()];
		}
		for (BlockingRule rule : BlockingRule.TRAINING) {
			Map<Integer, Long> counts = new HashMap<>();
			for (CandidatePairs pairs : new Blocking(List.of(rule), maxBlock, threads).candidates(records, filter)) {
				for (int i = 0; i < pairs.size(); i++) {
					counts.merge(hide(pairs.pattern(i), rule), 1L, Long::sum);
				}
			}
			if (counts.isEmpty()) {
				continue;
			}
			MatchModel session = ExpectationMaximisation.train(counts, start);
			for (Field field : fields) {
				if (!rule.fields().contains(field)) {
					sessions[field.ordinal()]++;
					for (int level = 0; level < field.levelCount(); level++) {
						m[field.ordinal()][level] += session.m()[field.ordinal()][level];
					}
				}
			}
		}
		for (Field field : fields) {
			for (int level = 0; level < field.levelCount(); level++) {
				m[field.ordinal()][level] = sessions[field.ordinal()] == 0 ? start.m()[field.ordinal()][level]
						: m[field.ordinal()][level] / sessions[field.ordinal()];
			}
		}
		return ExpectationMaximisation.prior(counts(candidates), new MatchModel(start.prior(), m, start.u()));
	}

	/** The pattern with the rule's fields read as missing. */
	private static int hide(int pattern, BlockingRule rule) {
		for (Field field : rule.fields()) {
			pattern &= ~(0xF << (4 * field.ordinal()));
		}
		return pattern;
	}

	private static Map<Integer, Long> counts(List<CandidatePairs> candidates) {
		Map<Integer, Long> counts = new HashMap<>();
		for (CandidatePairs pairs : candidates) {
			for (int i = 0; i < pairs.size(); i++) {
				counts.merge(pairs.pattern(i), 1L, Long::sum);
			}
		}
		return counts;
	}
}
