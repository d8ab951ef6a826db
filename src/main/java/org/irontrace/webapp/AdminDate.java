package org.irontrace.webapp;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date typed as three fields (day, month, year): easier to type and to read aloud than one field
 * in a format the reader must guess, and the same in every language.
 */
record AdminDate(String day, String month, String year) {

	static AdminDate of(String day, String month, String year) {
		return new AdminDate(trimmed(day), trimmed(month), trimmed(year));
	}

	static AdminDate of(LocalDate date) {
		return date == null ? new AdminDate("", "", "")
				: new AdminDate(Integer.toString(date.getDayOfMonth()), Integer.toString(date.getMonthValue()),
						Integer.toString(date.getYear()));
	}

	public boolean blank() {
		return day.isEmpty() && month.isEmpty() && year.isEmpty();
	}

	/** The date, or null when the three fields do not make one. */
	LocalDate date() {
		try {
			int y = Integer.parseInt(year);
			if (y < 1900 || y > 9999) {
				return null;
			}
			return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (NumberFormatException | DateTimeException e) {
			return null;
		}
	}

	/** ISO text for the access facades, or null when blank or not a date. */
	String iso() {
		LocalDate date = date();
		return date == null ? null : date.toString();
	}

	private static String trimmed(String value) {
		return value == null ? "" : value.trim();
	}
}
