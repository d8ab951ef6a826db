package org.irontrace.identity.matching;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** The candidate pairs whose match weight reaches the threshold and that contradict nothing, scored in parallel. */
final class Links {

	private final long[] pairs;

	private final float[] weights;

	private Links(long[] pairs, float[] weights) {
		this.pairs = pairs;
		this.weights = weights;
	}

	static Links above(List<CandidatePairs> candidates, PairScore score, double thresholdWeight, PreparedRecord[] records) {
		Links[] parts = new Links[candidates.size()];
		IntStream.range(0, parts.length).parallel().forEach(c -> {
			CandidatePairs pairs = candidates.get(c);
			long[] kept = new long[Math.min(pairs.size(), 1024)];
			float[] keptWeights = new float[kept.length];
			int n = 0;
			for (int i = 0; i < pairs.size(); i++) {
				double weight = score.weight(pairs.first(i), pairs.second(i), pairs.pattern(i));
				if (weight >= thresholdWeight && !Conflicts.contradict(records[pairs.first(i)], records[pairs.second(i)], pairs.pattern(i))) {
					if (n == kept.length) {
						kept = Arrays.copyOf(kept, n * 2);
						keptWeights = Arrays.copyOf(keptWeights, n * 2);
					}
					kept[n] = (long) pairs.first(i) << 32 | pairs.second(i);
					keptWeights[n++] = (float) weight;
				}
			}
			parts[c] = new Links(Arrays.copyOf(kept, n), Arrays.copyOf(keptWeights, n));
		});
		int total = Arrays.stream(parts).mapToInt(part -> part.pairs.length).sum();
		long[] pairs = new long[total];
		float[] weights = new float[total];
		int at = 0;
		for (Links part : parts) {
			System.arraycopy(part.pairs, 0, pairs, at, part.pairs.length);
			System.arraycopy(part.weights, 0, weights, at, part.weights.length);
			at += part.pairs.length;
		}
		return new Links(pairs, weights);
	}

	int size() {
		return pairs.length;
	}

	/** The linked pairs (smaller index in the high half), sorted for binary search. */
	long[] sortedPairs() {
		long[] sorted = pairs.clone();
		Arrays.parallelSort(sorted);
		return sorted;
	}

	/**
	 * Joins every link into the clustering. When judgements keep some records apart the strongest
	 * links go first, so a weak link cannot take a record away from the person it matches best.
	 */
	void joinInto(Clustering clustering, boolean strongestFirst) {
		if (!strongestFirst) {
			for (long pair : pairs) {
				clustering.join((int) (pair >>> 32), (int) pair);
			}
			return;
		}
		long[] order = new long[pairs.length];
		for (int i = 0; i < pairs.length; i++) {
			long rank = (long) Math.max(0, Math.min(Integer.MAX_VALUE, (1000 - weights[i]) * 100_000));
			order[i] = rank << 31 | i;
		}
		Arrays.parallelSort(order);
		for (long entry : order) {
			long pair = pairs[(int) (entry & 0x7FFF_FFFF)];
			clustering.join((int) (pair >>> 32), (int) pair);
		}
	}
}
