package org.irontrace.imports;

/** How long each step of a batch took, in the order taken, for the debug log. */
final class StepTimes {

	private final StringBuilder laps = new StringBuilder();

	private long last = System.nanoTime();

	/** Ends the step under way and names it. */
	void lap(String step) {
		long now = System.nanoTime();
		laps.append(laps.isEmpty() ? "" : ", ").append(step).append(' ').append((now - last) / 1_000_000).append(" ms");
		last = now;
	}

	@Override
	public String toString() {
		return laps.toString();
	}
}
