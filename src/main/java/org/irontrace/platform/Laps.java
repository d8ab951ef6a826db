package org.irontrace.platform;

import java.util.StringJoiner;

/**
 * Times the steps of one piece of work for the debug log, so a slow step shows by name when a
 * large installation takes longer than a small one.
 */
public final class Laps {

	private final StringJoiner steps = new StringJoiner(", ");

	private long last = System.nanoTime();

	/** Ends a step begun at the previous lap (or at construction). */
	public void lap(String step) {
		long now = System.nanoTime();
		steps.add(String.format("%s %.1f ms", step, (now - last) / 1e6));
		last = now;
	}

	@Override
	public String toString() {
		return steps.toString();
	}
}
