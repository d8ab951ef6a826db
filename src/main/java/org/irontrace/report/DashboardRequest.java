package org.irontrace.report;

import java.time.LocalDate;

import org.irontrace.platform.BadRequestException;

/**
 * What the analyst's dashboard and map count: recoveries dated from {@code from} to {@code to}
 * (both included), optionally only one agency's, one recovering country's, one place's (state or
 * department, as the recovery names it), one crime code's and one criminal group's (the catalogue's
 * key of the group the agencies attributed the guns to). Blank filters count everything the caller
 * may see.
 */
public record DashboardRequest(LocalDate from, LocalDate to, String agency, String country, String place,
		String crimeCode, String criminalGroup) {

	/** A request with no criminal-group filter. */
	public DashboardRequest(LocalDate from, LocalDate to, String agency, String country, String place,
			String crimeCode) {
		this(from, to, agency, country, place, crimeCode, null);
	}

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
		criminalGroup = blank(criminalGroup) ? null : criminalGroup.trim();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
