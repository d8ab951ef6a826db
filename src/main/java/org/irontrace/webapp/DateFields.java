package org.irontrace.webapp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * A date typed as three fields (day, month, year), as people write dates on forms in every
 * language of the pages, with the one precise problem that stops it being a date. Each problem
 * points at the field to fix.
 *
 * @param name the date's name in message keys ({@code tracework.error.<name>.*}) and the field
 *     ids {@code <name>Day}, {@code <name>Month}, {@code <name>Year}
 */
record DateFields(String name, String day, String month, String year) {

	static final int EARLIEST_YEAR = 1850;

	boolean blank() {
		return day.isEmpty() && month.isEmpty() && year.isEmpty();
	}

	String dayId() {
		return name + "Day";
	}

	/** The date, or null when it is blank or not a date. */
	LocalDate date() {
		return problem(false, LocalDate.MAX) == null && !blank()
				? LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)) : null;
	}

	/** The first thing wrong with the date, or null; {@code latest} is the last day it may be. */
	TraceRequestForm.FieldProblem problem(boolean required, LocalDate latest) {
		if (blank()) {
			return required ? problem("missing", dayId()) : null;
		}
		if (day.isEmpty()) {
			return problem("day", dayId());
		}
		if (month.isEmpty()) {
			return problem("month", name + "Month");
		}
		if (year.isEmpty()) {
			return problem("year", name + "Year");
		}
		if (!digits(day) || !digits(month) || !digits(year)) {
			return problem("numbers", !digits(day) ? dayId() : !digits(month) ? name + "Month" : name + "Year");
		}
		if (year.length() != 4 || Integer.parseInt(year) < EARLIEST_YEAR) {
			return problem("yearDigits", name + "Year");
		}
		int monthNumber = Integer.parseInt(month);
		if (monthNumber < 1 || monthNumber > 12) {
			return problem("monthRange", name + "Month");
		}
		LocalDate date;
		try {
			date = LocalDate.of(Integer.parseInt(year), monthNumber, Integer.parseInt(day));
		}
		catch (DateTimeException e) {
			return new TraceRequestForm.FieldProblem(name, "tracework.error." + name + ".notReal",
					List.of(day, month, year), dayId());
		}
		if (date.isAfter(latest)) {
			return problem("future", dayId());
		}
		return null;
	}

	private TraceRequestForm.FieldProblem problem(String what, String target) {
		return new TraceRequestForm.FieldProblem(name, "tracework.error." + name + "." + what, List.of(), target);
	}

	private static boolean digits(String text) {
		return text.length() <= 4 && text.chars().allMatch(Character::isDigit);
	}
}
