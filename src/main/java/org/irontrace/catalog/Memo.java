package org.irontrace.catalog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the catalogue's readings of written names. A ledger of millions of rows repeats a few
 * hundred spellings, and reading one (accents, punctuation, aliases) costs far more than a look-up.
 * Bounded: a file of endless distinct spellings cannot make it grow without limit.
 */
final class Memo<T> {

	private static final int MAX_ENTRIES = 20_000;

	private final Map<String, T> remembered = new ConcurrentHashMap<>();

	private final Function<String, T> reading;

	Memo(Function<String, T> reading) {
		this.reading = reading;
	}

	T get(String asWritten) {
		T known = remembered.get(asWritten);
		if (known != null) {
			return known;
		}
		T read = reading.apply(asWritten);
		if (remembered.size() >= MAX_ENTRIES) {
			remembered.clear();
		}
		remembered.put(asWritten, read);
		return read;
	}
}
