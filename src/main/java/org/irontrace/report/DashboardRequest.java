package org.irontrace.report;

import java.time.LocalDate;

import org.irontrace.platform.BadRequestException;

/**
 * What the analyst's dashboard and map count: recoveries dated from {@code from} to {@code to}
 * (both included), optionally only one agency's, one recovering country's, one place's (state or
 * department, as the recovery names it) and one crime code's. Blank filters count everything the
 * caller may see.
 */
public record DashboardRequest(LocalDate from, LocalDate to, String agency, String country, String place,
		String crimeCode) {

	public DashboardRequest {
		if (from == null || to == null) {
			throw new BadRequestException("Both 'from' and 'to' are required (YYYY-MM-DD)");
		}
		if (to.isBefore(from)) {
			throw new BadRequestException("'to' (" + to + ") is before 'from' (" + from + ")");
		}
		agency = blank(agency) ? null : agency.trim();
		country = blank(country) ? null : country.trim().toUpperCase();
		place = blank(place) ? null : place.trim().toUpperCase();
		crimeCode = blank(crimeCode) ? null : crimeCode.trim().toUpperCase();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
