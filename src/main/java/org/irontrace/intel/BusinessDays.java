package org.irontrace.intel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Counts business days the way the multiple-sale forms do: Monday to Friday, federal holidays
 * skipped. Each day gets a number; a weekend or holiday sale counts with the next business day, so
 * two sales fall within 5 business days when their numbers differ by at most 4.
 */
final class BusinessDays {

	static final int WINDOW = 5;

	private static final LocalDate ORIGIN = LocalDate.of(1970, 1, 1);

	private final Map<Integer, Set<LocalDate>> holidays = new HashMap<>();

	private final Map<Integer, int[]> numbersByYear = new HashMap<>();

	static boolean isBusinessDay(LocalDate day, Set<LocalDate> holidays) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(day);
	}

	boolean isBusinessDay(LocalDate day) {
		return isBusinessDay(day, holidaysOf(day.getYear()));
	}

	/** The business day number of a day (the next business day's number for a day off). */
	int number(LocalDate day) {
		int[] numbers = numbersByYear.computeIfAbsent(day.getYear(), this::numbersOf);
		return numbers[day.getDayOfYear() - 1];
	}

	/** Whether two sales fall within one period of 5 consecutive business days. */
	boolean withinWindow(LocalDate first, LocalDate second) {
		return Math.abs(number(second) - number(first)) <= WINDOW - 1;
	}

	private Set<LocalDate> holidaysOf(int year) {
		return holidays.computeIfAbsent(year, FederalHolidays::observedIn);
	}

	/** Numbers of a year's days, counted from the business days between the origin and the year. */
	private int[] numbersOf(int year) {
		LocalDate start = LocalDate.of(year, 1, 1);
		int count = 0;
		for (LocalDate day = ORIGIN; day.isBefore(start); day = day.plusDays(1)) {
			count += isBusinessDay(day) ? 1 : 0;
		}
		int length = start.lengthOfYear();
		int[] numbers = new int[length];
		for (int i = 0; i < length; i++) {
			count += isBusinessDay(start.plusDays(i)) ? 1 : 0;
		}
		// Walk backwards so a day off takes the number of the business day after it.
		int after = count + 1;
		int running = count;
		for (int i = length - 1; i >= 0; i--) {
			LocalDate day = start.plusDays(i);
			if (isBusinessDay(day)) {
				numbers[i] = running;
				after = running;
				running--;
			}
			else {
				numbers[i] = after;
			}
		}
		return numbers;
	}
}
