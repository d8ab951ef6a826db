package org.irontrace.benchmark;

import java.util.Arrays;

/** Collected durations of one operation, read as percentiles in milliseconds. */
final class Latencies {

	private final long[] nanos;

	private int count;

	Latencies(int capacity) {
		this.nanos = new long[capacity];
	}

	void add(long durationNanos) {
		nanos[count++] = durationNanos;
	}

	double percentileMillis(double percentile) {
		long[] sorted = Arrays.copyOf(nanos, count);
		Arrays.sort(sorted);
		int index = (int) Math.min(count - 1, Math.ceil(percentile / 100.0 * count) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

	String summary() {
		return String.format("p50 %.3f ms, p95 %.3f ms, p99 %.3f ms (n=%d)", percentileMillis(50), percentileMillis(95),
				percentileMillis(99), count);
	}
}
