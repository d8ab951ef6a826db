package org.irontrace.simulation;

import java.util.List;

/**
 * Marks each new gun with a serial no other gun of its catalogue line carries. The n-th gun of a line
 * gets the pattern filled with (offset + n * stride) mod capacity: the stride is prime to the
 * capacity, so serials never repeat within a line yet look scattered, as real ones do. Letters never
 * include the look-alikes O, I, S, B, Z, so look-alike noise added to a recovered serial can always
 * be undone by candidate search without creating a second genuine match.
 */
final class SerialMint {

	static final String LETTERS = "ACDEFGHJKLMNPRTUVWXY";

	private final String[] patterns;

	private final long[] capacity;

	/** The value the next serial of each line encodes. */
	private final long[] offset;

	private final long[] stride;

	private final long[] issued;

	SerialMint(List<GunModel> models, Dice dice) {
		int lines = models.size();
		patterns = new String[lines];
		capacity = new long[lines];
		offset = new long[lines];
		stride = new long[lines];
		issued = new long[lines];
		for (GunModel model : models) {
			int line = model.line();
			patterns[line] = model.serialPattern();
			long size = 1;
			for (char c : model.serialPattern().toCharArray()) {
				size *= c == 'L' ? LETTERS.length() : c == '#' ? 10 : 1;
			}
			capacity[line] = size;
			offset[line] = (long) (dice.uniform() * size);
			stride[line] = primeTo(size, size / 3 + (long) (dice.uniform() * (size / 6)));
		}
	}

	/** Capacities are products of 2s and 5s only (20 letters, 10 digits): odd and not a multiple of 5 will do. */
	private static long primeTo(long size, long candidate) {
		long value = Math.max(1, candidate);
		while (value % 2 == 0 || value % 5 == 0) {
			value++;
		}
		return size == 1 ? 1 : value;
	}

	String next(GunModel model) {
		int line = model.line();
		if (issued[line] >= capacity[line]) {
			throw new IllegalStateException("serial numbers of " + model.maker() + " " + model.model() + " are exhausted");
		}
		long value = offset[line];
		offset[line] = (value + stride[line]) % capacity[line];
		issued[line]++;
		String pattern = patterns[line];
		char[] serial = new char[pattern.length()];
		for (int i = pattern.length() - 1; i >= 0; i--) {
			char c = pattern.charAt(i);
			if (c == 'L') {
				serial[i] = LETTERS.charAt((int) (value % LETTERS.length()));
				value /= LETTERS.length();
			}
			else if (c == '#') {
				serial[i] = (char) ('0' + value % 10);
				value /= 10;
			}
			else {
				serial[i] = c;
			}
		}
		return new String(serial);
	}
}
