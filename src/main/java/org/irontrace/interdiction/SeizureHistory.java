package org.irontrace.interdiction;

/**
 * How strongly a record of past seizures speaks: the seizure rate, damped by twenty shipments of no
 * news so that one seizure among three shipments does not outweigh ten among a thousand, at full
 * strength from one seizure in a hundred shipments (about ten times what random inspection finds).
 */
final class SeizureHistory {

	private static final double DAMPING_SHIPMENTS = 20;

	private static final double FULL_STRENGTH_RATE = 0.01;

	private SeizureHistory() {
	}

	static double strength(int seizures, int shipments) {
		if (seizures <= 0) {
			return 0;
		}
		double rate = seizures / (shipments + DAMPING_SHIPMENTS);
		return Math.min(1, rate / FULL_STRENGTH_RATE);
	}
}
