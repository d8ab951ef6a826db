package org.irontrace.report.publication;

import java.time.LocalDate;

import org.irontrace.platform.BadRequestException;

/**
 * The periods a public report may cover: a calendar month, quarter or year that has ended. Fixed
 * calendar periods are what keeps two releases from being subtracted: publishing 1-31 January and
 * 2-31 January would reveal 1 January alone, small counts included, which no suppression of either
 * release could hide. A period still running is refused too, since a period is published once.
 */
final class PublicationPeriod {

	private PublicationPeriod() {
	}

	/** Refuses, naming the field, any period other than an ended calendar month, quarter or year. */
	static void check(LocalDate from, LocalDate to, LocalDate today) {
		if (from.getDayOfMonth() != 1) {
			throw new BadRequestException("'from' must be the first day of a calendar month, quarter or year, not " + from);
		}
		LocalDate monthEnd = from.withDayOfMonth(from.lengthOfMonth());
		boolean month = to.equals(monthEnd);
		boolean quarter = (from.getMonthValue() - 1) % 3 == 0 && to.equals(endOfMonth(from.plusMonths(2)));
		boolean year = from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()));
		if (!month && !quarter && !year) {
			throw new BadRequestException("'to' must end the calendar month, quarter or year that 'from' (" + from
					+ ") starts, not " + to);
		}
		if (!to.isBefore(today)) {
			throw new BadRequestException("'to' (" + to + ") must be in the past: a period is published once, after it ends");
		}
	}

	private static LocalDate endOfMonth(LocalDate day) {
		return day.withDayOfMonth(day.lengthOfMonth());
	}
}
