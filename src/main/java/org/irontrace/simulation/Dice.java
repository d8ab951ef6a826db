package org.irontrace.simulation;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Every random choice of a world, from one seeded generator consumed in a fixed order: that order
 * (never a hash order, a clock or a thread) is what makes two runs with one seed byte-identical.
 */
final class Dice {

	private final SplittableRandom random;

	Dice(long seed) {
		this.random = new SplittableRandom(seed);
	}

	boolean chance(double probability) {
		return random.nextDouble() < probability;
	}

	/** A whole number in [low, high], both included. */
	int between(int low, int high) {
		return high <= low ? low : low + random.nextInt(high - low + 1);
	}

	double uniform() {
		return random.nextDouble();
	}

	double gaussian() {
		return random.nextGaussian();
	}

	/** A log-normal draw: half the values fall below {@code median}; sigma spreads the tail. */
	double logNormal(double median, double sigma) {
		return median * Math.exp(sigma * random.nextGaussian());
	}

	<T> T pick(List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	<T> T pick(T[] items) {
		return items[random.nextInt(items.length)];
	}

	char pick(String characters) {
		return characters.charAt(random.nextInt(characters.length()));
	}
}
