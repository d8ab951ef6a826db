package org.irontrace.identity.matching;

/**
 * Pairs whose identity numbers differ and whose birth dates differ in year, month and day (a father
 * and a son of one name at one address; a slip of the pen changes one part, not three), and pairs whose names contradict each other and that nothing but a birth date holds together (a shared
 * birth date is common among a hundred thousand people; an identity number, a street or a postcode
 * in common vouches for a changed name): a given name unlike the other with a surname not the same, or a
 * surname unlike the other with given names at best similar, unless the two were written in each
 * other's place. The weights of Fellegi-Sunter add up, so one exact rare field could outvote such a contradiction;
 * these pairs are never linked.
 */
final class Conflicts {

	private Conflicts() {
	}

	static boolean contradict(PreparedRecord a, PreparedRecord b, int pattern) {
		if (Field.ID_NUMBER.levelIn(pattern) == Field.DIFFERENT && Field.BIRTH_DATE.levelIn(pattern) == Field.DIFFERENT
				&& a.year != b.year && a.month != b.month && a.day != b.day && a.month != b.day) {
			return true;
		}
		int given = Field.FIRST_NAME.levelIn(pattern);
		int surname = Field.LAST_NAME.levelIn(pattern);
		boolean namesDiffer = given == Field.DIFFERENT && surname <= Field.LAST_NAME.exactLevel() - 1
				|| surname == Field.DIFFERENT && given <= 2;
		if (!namesDiffer || swapped(a, b) || vouchedFor(pattern)) {
			return false;
		}
		return true;
	}

	/** An identity number, a street or a postcode in common: a name may change, a record of where one lives stays. */
	private static boolean vouchedFor(int pattern) {
		return Field.ID_NUMBER.levelIn(pattern) >= 2 || Field.STREET.levelIn(pattern) >= 3
				|| Field.POSTCODE.levelIn(pattern) == Field.POSTCODE.exactLevel();
	}

	/** Given name and surname written in each other's place. */
	private static boolean swapped(PreparedRecord a, PreparedRecord b) {
		return a.firstName != null && b.lastName != null && JaroWinkler.similarity(a.firstName, b.lastName) >= 0.80
				|| a.lastName != null && b.firstName != null && JaroWinkler.similarity(a.lastName, b.firstName) >= 0.80;
	}
}
