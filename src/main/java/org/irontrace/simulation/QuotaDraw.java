package org.irontrace.simulation;

/**
 * Draws categories so that their running counts track target shares closely. Each draw favours the
 * categories furthest below their share, in proportion to how far below they are, and shuns those
 * a large amount would push far past it; so the world keeps its calibrated proportions even when one
 * draw adds a large trafficking case at once, while the order of the categories stays random.
 */
final class QuotaDraw {

	private final double[] shares;

	private final long[] counts;

	private long total;

	QuotaDraw(double... weights) {
		double sum = 0;
		for (double weight : weights) {
			sum += weight;
		}
		this.shares = new double[weights.length];
		for (int i = 0; i < weights.length; i++) {
			shares[i] = weights[i] / sum;
		}
		this.counts = new long[weights.length];
	}

	/** The category for the next {@code amount} items; call {@link #add} once they exist. */
	int next(Dice dice, long amount) {
		double[] deficits = new double[shares.length];
		double sum = 0;
		for (int i = 0; i < shares.length; i++) {
			double deficit = Math.max(0, shares[i] * (total + amount) - counts[i]);
			deficits[i] = deficit * Math.min(1, deficit / amount);
			sum += deficits[i];
		}
		if (sum <= 0) {
			deficits = shares;
			sum = 1;
		}
		double target = dice.uniform() * sum;
		for (int i = 0; i < deficits.length; i++) {
			target -= deficits[i];
			if (target < 0) {
				return i;
			}
		}
		return deficits.length - 1;
	}

	void add(int category, long amount) {
		counts[category] += amount;
		total += amount;
	}

	int draw(Dice dice) {
		int category = next(dice, 1);
		add(category, 1);
		return category;
	}
}
