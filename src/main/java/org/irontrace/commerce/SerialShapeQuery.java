package org.irontrace.commerce;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.irontrace.catalog.SerialNumbers;

/**
 * The SQL condition that finds serials of a given look-alike shape, where {@code ?} marks an
 * unreadable character. The cheapest of three index plans is chosen here rather than left to the
 * planner: a range scan on the readable beginning of the serial, or on its readable end (through
 * the index of reversed shapes), when that part has at least {@link #SELECTIVE_PART} characters;
 * otherwise, with at most {@link #MAX_ENUMERATED} unreadable characters, a probe of every
 * completion (31 x 31 at most). All three cost a logarithm of the ledger, not a scan of it.
 */
record SerialShapeQuery(String condition, Map<String, Object> parameters) {

	static final int MAX_ENUMERATED = 2;

	/** Three readable characters narrow a range to about 1 in 31^3 = 29,791 serials. */
	static final int SELECTIVE_PART = 3;

	/**
	 * Characters an unreadable position may stand for in a shape: digits and the letters that no
	 * look-alike folds away (O, I, S, B and Z read as 0, 1, 5, 8 and 2).
	 */
	static final String SHAPE_ALPHABET = "0123456789ACDEFGHJKLMNPQRTUVWXY";

	static SerialShapeQuery of(String shape) {
		int unreadable = shape.length() - SerialNumbers.readableCharacters(shape);
		if (unreadable == 0) {
			return new SerialShapeQuery("serial_shape = :shape", Map.of("shape", shape));
		}
		int readableStart = shape.indexOf(SerialNumbers.UNREADABLE);
		int readableEnd = shape.length() - 1 - shape.lastIndexOf(SerialNumbers.UNREADABLE);
		String pattern = likePattern(shape);
		if (Math.max(readableStart, readableEnd) < SELECTIVE_PART && unreadable <= MAX_ENUMERATED) {
			return new SerialShapeQuery("serial_shape = ANY(:shapes)",
					Map.of("shapes", completions(shape).toArray(String[]::new)));
		}
		if (readableStart >= readableEnd) {
			return new SerialShapeQuery("serial_shape LIKE :pattern", Map.of("pattern", pattern));
		}
		String reversed = likePattern(new StringBuilder(shape).reverse().toString());
		return new SerialShapeQuery("reverse(serial_shape) LIKE :reversed AND serial_shape LIKE :pattern",
				Map.of("pattern", pattern, "reversed", reversed));
	}

	static List<String> completions(String shape) {
		List<String> done = new ArrayList<>(List.of(""));
		for (int i = 0; i < shape.length(); i++) {
			char c = shape.charAt(i);
			List<String> next = new ArrayList<>(c == SerialNumbers.UNREADABLE ? done.size() * SHAPE_ALPHABET.length() : done.size());
			for (String prefix : done) {
				if (c == SerialNumbers.UNREADABLE) {
					for (int a = 0; a < SHAPE_ALPHABET.length(); a++) {
						next.add(prefix + SHAPE_ALPHABET.charAt(a));
					}
				}
				else {
					next.add(prefix + c);
				}
			}
			done = next;
		}
		return done;
	}

	/** A LIKE pattern in which each unreadable character matches exactly one character. */
	static String likePattern(String shape) {
		StringBuilder pattern = new StringBuilder(shape.length() + 4);
		for (int i = 0; i < shape.length(); i++) {
			char c = shape.charAt(i);
			switch (c) {
				case '\\', '%', '_' -> pattern.append('\\').append(c);
				case SerialNumbers.UNREADABLE -> pattern.append('_');
				default -> pattern.append(c);
			}
		}
		return pattern.toString();
	}
}
