package org.irontrace.intel;

/**
 * What bringing traced recoveries in has cost lately, to choose for a pile of changed recoveries
 * between passes over a part of them at a time and one full refresh.
 * <p>
 * Why measured rather than a fixed limit: a full refresh costs more as the world grows (4 s at
 * 20,000 traced recoveries, 22 s at 80,000 under a stream of new recoveries), while a pass costs about
 * the same per recovery. Under a stream of 500 new recoveries a second, turning to a full refresh
 * whenever more than 1,000 waited meant that the next pile, gathered during that refresh, was larger
 * still: full refreshes followed back to back for as long as the stream ran (BENCHMARKS.md, "Passes
 * taken a part at a time"). Compared by their cost, passes are chosen whenever they keep pace.
 */
final class PassCosts {

	/** Passes smaller than this say little of the cost per recovery: their fixed part dominates. */
	static final int MEASURED_FROM = 100;

	/** The weight of the latest pass in the running cost per recovery. */
	private static final double LATEST_WEIGHT = 0.3;

	private double secondsPerRecovery = Double.NaN;

	private double fullRefreshSeconds = Double.NaN;

	synchronized void passTook(int recoveries, double seconds) {
		if (recoveries < MEASURED_FROM) {
			return;
		}
		double latest = seconds / recoveries;
		secondsPerRecovery = Double.isNaN(secondsPerRecovery) ? latest
				: LATEST_WEIGHT * latest + (1 - LATEST_WEIGHT) * secondsPerRecovery;
	}

	synchronized void fullRefreshTook(double seconds) {
		fullRefreshSeconds = seconds;
	}

	/**
	 * Whether passes would bring in this many changed recoveries sooner than one full refresh. Until both
	 * have been measured in this process, a full refresh is chosen: its cost is bounded by the world, a
	 * series of passes over an unknown pile is not.
	 */
	synchronized boolean passesCheaper(int recoveries) {
		return !Double.isNaN(secondsPerRecovery) && !Double.isNaN(fullRefreshSeconds)
				&& recoveries * secondsPerRecovery < fullRefreshSeconds;
	}
}
