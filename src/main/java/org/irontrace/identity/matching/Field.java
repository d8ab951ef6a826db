package org.irontrace.identity.matching;

import java.util.List;

/**
 * The fields two records are compared on, each with its comparison levels from "missing" (one
 * side does not say: no evidence either way) through "different" to "exact". A pair's levels are
 * packed four bits a field into one int, its comparison pattern.
 */
public enum Field {

	FIRST_NAME("first name", "different", "similar (Jaro-Winkler >= 0.80)", "close (Jaro-Winkler >= 0.92)",
			"name variant or one of several given names", "exact"),
	LAST_NAME("last name", "different", "similar (Jaro-Winkler >= 0.80)", "same sound",
			"close (Jaro-Winkler >= 0.92)", "one surname of a double surname", "exact"),
	BIRTH_DATE("birth date", "different", "one of year, month, day differs", "day and month swapped", "exact"),
	STREET("street", "different", "similar (Jaro-Winkler >= 0.80)", "close (Jaro-Winkler >= 0.92)", "exact"),
	CITY("city", "different", "close (Jaro-Winkler >= 0.88)", "exact"),
	STATE("state", "different", "exact"),
	POSTCODE("postcode", "different", "one character off", "exact"),
	ID_NUMBER("identity number", "different", "one character off", "exact");

	/** One side has no value. */
	public static final int MISSING = 0;

	public static final int DIFFERENT = 1;

	static final int BIRTH_ONE_PART = 2;

	static final int BIRTH_SWAPPED = 3;

	static final int BIRTH_EXACT = 4;

	private final String label;

	private final List<String> levels;

	Field(String label, String... levels) {
		this.label = label;
		this.levels = List.of(levels);
	}

	public String label() {
		return label;
	}

	/** Levels including "missing" at 0. */
	public int levelCount() {
		return levels.size() + 1;
	}

	public int exactLevel() {
		return levels.size();
	}

	public String levelName(int level) {
		return level == MISSING ? "missing" : levels.get(level - 1);
	}

	public int levelIn(int pattern) {
		return pattern >>> (4 * ordinal()) & 0xF;
	}

	int withLevel(int pattern, int level) {
		return pattern | level << (4 * ordinal());
	}
}
