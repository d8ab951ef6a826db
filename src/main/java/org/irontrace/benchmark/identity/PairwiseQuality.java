package org.irontrace.benchmark.identity;

import java.util.HashMap;
import java.util.Map;

import org.irontrace.identity.matching.CandidatePairs;
import org.irontrace.identity.matching.Resolution;

/**
 * Pairwise quality of a resolution against the truth: a predicted pair is two records placed in
 * one person, a true pair two records of one real person (for linkage, only pairs across the two
 * files count). Pair completeness is the share of true pairs that blocking let through.
 */
public record PairwiseQuality(long truePairs, long predictedPairs, long correctPairs, long candidatePairs,
		long trueCandidatePairs) {

	public static PairwiseQuality of(LabelledRecords data, Resolution resolution) {
		int[] truth = data.entityOf();
		long truePairs = pairs(truth, truth, data);
		long predicted = pairs(resolution.personOf(), resolution.personOf(), data);
		long correct = pairs(resolution.personOf(), truth, data);
		long candidates = 0;
		long trueCandidates = 0;
		for (CandidatePairs pairs : resolution.candidates()) {
			for (int i = 0; i < pairs.size(); i++) {
				candidates++;
				if (truth[pairs.first(i)] == truth[pairs.second(i)]) {
					trueCandidates++;
				}
			}
		}
		return new PairwiseQuality(truePairs, predicted, correct, candidates, trueCandidates);
	}

	/** Pairs of records that share both a {@code left} and a {@code right} label. */
	private static long pairs(int[] left, int[] right, LabelledRecords data) {
		Map<Long, long[]> cells = new HashMap<>();
		for (int i = 0; i < left.length; i++) {
			long key = (long) left[i] << 32 | (right[i] & 0xFFFFFFFFL);
			long[] count = cells.computeIfAbsent(key, k -> new long[2]);
			count[data.linkage() && "B".equals(data.records().get(i).source()) ? 1 : 0]++;
		}
		long pairs = 0;
		for (long[] count : cells.values()) {
			pairs += data.linkage() ? count[0] * count[1] : count[0] * (count[0] - 1) / 2;
		}
		return pairs;
	}

	public long falsePairs() {
		return predictedPairs - correctPairs;
	}

	public double precision() {
		return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
	}

	public double recall() {
		return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
	}

	public double f1() {
		double p = precision();
		double r = recall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	public double pairCompleteness() {
		return truePairs == 0 ? 1 : (double) trueCandidatePairs / truePairs;
	}
}
