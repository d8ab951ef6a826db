package org.irontrace.identity.matching;

/**
 * Birth dates as clerks write them, read into year, month and day without insisting on a valid
 * calendar date: 1984-25-03 is a swapped 1984-03-25, and that is worth knowing.
 */
public final class BirthDate {

	private BirthDate() {
	}

	/** Year, month and day of {@code YYYY-MM-DD}, {@code YYYY/MM/DD} or {@code YYYYMMDD}; zeros when unreadable. */
	public static int[] parts(String written) {
		int[] parts = new int[3];
		if (written == null) {
			return parts;
		}
		String digits = written.trim().replaceAll("[^0-9]", "");
		if (digits.length() != 8) {
			return parts;
		}
		int year = Integer.parseInt(digits, 0, 4, 10);
		int month = Integer.parseInt(digits, 4, 6, 10);
		int day = Integer.parseInt(digits, 6, 8, 10);
		if (year < 1800 || month < 1 || day < 1 || month > 31 || day > 31) {
			return parts;
		}
		parts[0] = year;
		parts[1] = month;
		parts[2] = day;
		return parts;
	}

	/** How two dates compare: the level of {@link Field#BIRTH_DATE}. */
	static int level(PreparedRecord a, PreparedRecord b) {
		if (!a.hasBirthDate() || !b.hasBirthDate()) {
			return Field.MISSING;
		}
		boolean year = a.year == b.year;
		boolean month = a.month == b.month;
		boolean day = a.day == b.day;
		if (year && month && day) {
			return Field.BIRTH_EXACT;
		}
		if (year && a.month == b.day && a.day == b.month) {
			return Field.BIRTH_SWAPPED;
		}
		if (year && month || year && day || month && day) {
			return Field.BIRTH_ONE_PART;
		}
		return Field.DIFFERENT;
	}
}
