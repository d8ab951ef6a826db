package org.irontrace.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The median wall time of repeated runs of one query, the way the report and dashboard figures are timed. */
final class MedianTime {

	private MedianTime() {
	}

	/** The median of {@code runs} timed runs, after one untimed run that warms the caches. */
	static double seconds(int runs, Runnable query) {
		query.run();
		List<Double> seconds = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			query.run();
			seconds.add((System.nanoTime() - start) / 1e9);
		}
		Collections.sort(seconds);
		return seconds.get(seconds.size() / 2);
	}
}
