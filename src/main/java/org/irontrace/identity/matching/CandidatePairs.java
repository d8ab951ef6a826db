package org.irontrace.identity.matching;

import java.util.Arrays;

/** Pairs of record indexes with their comparison patterns, in growable primitive arrays. */
public final class CandidatePairs {

	private long[] pairs = new long[1024];

	private int[] patterns = new int[1024];

	private int size;

	void add(int a, int b, int pattern) {
		if (size == pairs.length) {
			pairs = Arrays.copyOf(pairs, size * 2);
			patterns = Arrays.copyOf(patterns, size * 2);
		}
		pairs[size] = (long) Math.min(a, b) << 32 | Math.max(a, b);
		patterns[size++] = pattern;
	}

	public int size() {
		return size;
	}

	public int first(int i) {
		return (int) (pairs[i] >>> 32);
	}

	public int second(int i) {
		return (int) pairs[i];
	}

	public int pattern(int i) {
		return patterns[i];
	}
}
