package org.irontrace.intel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * The US federal holidays of a year as observed (5 U.S.C. 6103): a holiday on a Saturday is kept on
 * the Friday before, one on a Sunday on the Monday after. Juneteenth counts from 2021.
 */
final class FederalHolidays {

	private FederalHolidays() {
	}

	static Set<LocalDate> observedIn(int year) {
		Set<LocalDate> days = new HashSet<>();
		days.add(observed(LocalDate.of(year, Month.JANUARY, 1)));
		days.add(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3));
		days.add(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
		days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
		if (year >= 2021) {
			days.add(observed(LocalDate.of(year, Month.JUNE, 19)));
		}
		days.add(observed(LocalDate.of(year, Month.JULY, 4)));
		days.add(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
		days.add(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2));
		days.add(observed(LocalDate.of(year, Month.NOVEMBER, 11)));
		days.add(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));
		days.add(observed(LocalDate.of(year, Month.DECEMBER, 25)));
		// New Year's Day of the next year observed on 31 December when it falls on a Saturday.
		LocalDate nextNewYear = LocalDate.of(year + 1, Month.JANUARY, 1);
		if (nextNewYear.getDayOfWeek() == DayOfWeek.SATURDAY) {
			days.add(nextNewYear.minusDays(1));
		}
		return days;
	}

	private static LocalDate observed(LocalDate day) {
		return switch (day.getDayOfWeek()) {
			case SATURDAY -> day.minusDays(1);
			case SUNDAY -> day.plusDays(1);
			default -> day;
		};
	}

	private static LocalDate nth(int year, Month month, DayOfWeek weekday, int n) {
		return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
	}
}
