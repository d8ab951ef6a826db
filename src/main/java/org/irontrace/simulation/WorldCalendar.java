package org.irontrace.simulation;

import java.time.LocalDate;

/**
 * Days of the world as epoch days, and their ISO text from a table built once: formatting a
 * LocalDate for each of millions of rows would cost more than generating the rows.
 */
final class WorldCalendar {

	// A 70-year-old buyer in a world starting in 1968 (the earliest allowed) was born in 1897.
	private static final int EARLIEST_BIRTH = (int) LocalDate.of(1890, 1, 1).toEpochDay();

	private final int firstDay;

	private final int lastDay;

	private final String[] iso;

	WorldCalendar(int fromYear, int toYear) {
		this.firstDay = (int) LocalDate.of(fromYear, 1, 1).toEpochDay();
		this.lastDay = (int) LocalDate.of(toYear, 12, 31).toEpochDay();
		this.iso = new String[lastDay - EARLIEST_BIRTH + 1];
	}

	int firstDay() {
		return firstDay;
	}

	int lastDay() {
		return lastDay;
	}

	String iso(int day) {
		int index = day - EARLIEST_BIRTH;
		String text = iso[index];
		if (text == null) {
			text = LocalDate.ofEpochDay(day).toString();
			iso[index] = text;
		}
		return text;
	}

	/** The date with day and month swapped (3 April -> 4 March), or null when that is no date. */
	String swappedDayMonth(int day) {
		LocalDate date = LocalDate.ofEpochDay(day);
		if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
			return null;
		}
		return LocalDate.of(date.getYear(), date.getDayOfMonth(), Math.min(date.getMonthValue(), 28)).toString();
	}
}
