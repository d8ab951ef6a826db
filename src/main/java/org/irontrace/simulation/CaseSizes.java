package org.irontrace.simulation;

/**
 * Sizes of trafficking cases: median 5 guns or fewer, mean about 16, a long tail (NFCTA vol. III).
 * A log-normal with median 4 and sigma 1.665 has mean 16; it is capped at 1,000 guns, and in a small
 * world at 3% of its trafficked guns, so that no single case can decide the world's proportions (the
 * demo world's mean is then about 13). Draws are stratified in blocks of 64 (one from each 64th of
 * the distribution, in random order) so that even a small world holds its share of large cases.
 */
final class CaseSizes {

	private static final double MEDIAN = 4;

	private static final double SIGMA = 1.665;

	private static final int MAX_CAP = 1_000;

	private static final int MIN_CAP = 50;

	private static final int BLOCK = 64;

	private final int[] block = new int[BLOCK];

	private int next = BLOCK;

	private final int cap;

	CaseSizes(double traffickedGuns) {
		this.cap = (int) Math.max(MIN_CAP, Math.min(MAX_CAP, 0.03 * traffickedGuns));
	}

	int next(Dice dice) {
		if (next == BLOCK) {
			for (int i = 0; i < BLOCK; i++) {
				double u = (i + dice.uniform()) / BLOCK;
				block[i] = size(u, cap);
			}
			for (int i = BLOCK - 1; i > 0; i--) {
				int j = dice.between(0, i);
				int swap = block[i];
				block[i] = block[j];
				block[j] = swap;
			}
			next = 0;
		}
		return block[next++];
	}

	private static int size(double u, int cap) {
		double z = NormalQuantile.of(Math.min(0.999_999, Math.max(1e-9, u)));
		return (int) Math.max(1, Math.min(cap, Math.round(MEDIAN * Math.exp(SIGMA * z))));
	}
}
