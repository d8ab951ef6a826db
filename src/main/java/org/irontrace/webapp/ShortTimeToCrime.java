package org.irontrace.webapp;

/**
 * How short a time-to-crime is. A gun recovered in a crime soon after its first retail sale is a
 * classic indicator of trafficking: under a year is a strong one, under three years a reason for
 * suspicion. Pages say it in words (never by colour alone).
 */
enum ShortTimeToCrime {

	STRONG, SUSPECT, NOT_SHORT;

	static final int ONE_YEAR = 365;

	static final int THREE_YEARS = 3 * 365;

	/** The flag for a time-to-crime in days, or null when it is unknown. */
	static ShortTimeToCrime of(Integer days) {
		if (days == null) {
			return null;
		}
		return days < ONE_YEAR ? STRONG : days < THREE_YEARS ? SUSPECT : NOT_SHORT;
	}

	/** Years, for people: days divided by the mean length of a year. */
	static double years(int days) {
		return days / 365.25;
	}
}
