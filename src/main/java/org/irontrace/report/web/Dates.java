package org.irontrace.report.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.irontrace.platform.BadRequestException;

/** ISO dates from query parameters, with a 400 that names the parameter when one does not parse. */
final class Dates {

	private Dates() {
	}

	static LocalDate parse(String name, String value) {
		if (value == null || value.isBlank()) {
			throw new BadRequestException("'" + name + "' is required (YYYY-MM-DD)");
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException e) {
			throw new BadRequestException("'" + name + "' must be a date YYYY-MM-DD, not '" + value + "'");
		}
	}
}
