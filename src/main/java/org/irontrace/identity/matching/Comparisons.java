package org.irontrace.identity.matching;

/** Compares two prepared records field by field into a comparison pattern (see {@link Field}). */
final class Comparisons {

	private Comparisons() {
	}

	static int pattern(PreparedRecord a, PreparedRecord b) {
		int pattern = Field.FIRST_NAME.withLevel(0, firstName(a, b));
		pattern = Field.LAST_NAME.withLevel(pattern, lastName(a, b));
		pattern = Field.BIRTH_DATE.withLevel(pattern, BirthDate.level(a, b));
		pattern = Field.STREET.withLevel(pattern, similarity(a.street, b.street, 0.80, 0.92));
		pattern = Field.CITY.withLevel(pattern, similarity(a.city, b.city, 0.88));
		pattern = Field.STATE.withLevel(pattern, similarity(a.state, b.state));
		pattern = Field.POSTCODE.withLevel(pattern, code(a.postcode, b.postcode));
		return Field.ID_NUMBER.withLevel(pattern, code(a.idNumber, b.idNumber));
	}

	static int firstName(PreparedRecord a, PreparedRecord b) {
		if (a.firstName == null || b.firstName == null) {
			return Field.MISSING;
		}
		if (a.firstName.equals(b.firstName)) {
			return 5;
		}
		if (a.firstWord.equals(b.firstWord) || NameVariants.shareGroup(a.firstGroups, b.firstGroups)
				|| oneWordOf(a.firstWord, b.firstName) || oneWordOf(b.firstWord, a.firstName)) {
			return 4;
		}
		double similarity = JaroWinkler.similarity(a.firstName, b.firstName);
		return similarity >= 0.92 ? 3 : similarity >= 0.80 ? 2 : Field.DIFFERENT;
	}

	static int lastName(PreparedRecord a, PreparedRecord b) {
		if (a.lastName == null || b.lastName == null) {
			return Field.MISSING;
		}
		if (a.lastName.equals(b.lastName)) {
			return 6;
		}
		if (shareWord(a.lastWords, b.lastWords)) {
			return 5;
		}
		double similarity = JaroWinkler.similarity(a.lastName, b.lastName);
		if (similarity >= 0.92) {
			return 4;
		}
		if (!a.lastSound.isEmpty() && a.lastSound.equals(b.lastSound)) {
			return 3;
		}
		return similarity >= 0.80 ? 2 : Field.DIFFERENT;
	}

	/** Exact, then (when thresholds are given) the highest Jaro-Winkler threshold reached. */
	static int similarity(String a, String b, double... thresholds) {
		if (a == null || b == null) {
			return Field.MISSING;
		}
		if (a.equals(b)) {
			return thresholds.length + 2;
		}
		if (thresholds.length == 0) {
			return Field.DIFFERENT;
		}
		double similarity = JaroWinkler.similarity(a, b);
		int level = Field.DIFFERENT;
		for (int i = 0; i < thresholds.length; i++) {
			if (similarity >= thresholds[i]) {
				level = i + 2;
			}
		}
		return level;
	}

	static int code(String a, String b) {
		if (a == null || b == null) {
			return Field.MISSING;
		}
		return a.equals(b) ? 3 : JaroWinkler.oneEditApart(a, b) ? 2 : Field.DIFFERENT;
	}

	private static boolean oneWordOf(String word, String name) {
		return name.length() > word.length() && (name.startsWith(word + " ") || name.endsWith(" " + word)
				|| name.contains(" " + word + " "));
	}

	private static boolean shareWord(String[] a, String[] b) {
		for (String x : a) {
			for (String y : b) {
				if (x.equals(y) && x.length() > 1) {
					return true;
				}
			}
		}
		return false;
	}
}
