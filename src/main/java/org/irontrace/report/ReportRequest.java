package org.irontrace.report;

import java.time.LocalDate;

import org.irontrace.platform.BadRequestException;

/**
 * What a report covers: recoveries dated from {@code from} to {@code to} (both included) in one
 * recovering country, or pooled over a regional body's members (then {@code country} may narrow it).
 */
public record ReportRequest(String country, String region, LocalDate from, LocalDate to) {

	public ReportRequest {
		if (from == null || to == null) {
			throw new BadRequestException("Both 'from' and 'to' are required (YYYY-MM-DD)");
		}
		if (to.isBefore(from)) {
			throw new BadRequestException("'to' (" + to + ") is before 'from' (" + from + ")");
		}
		country = blank(country) ? null : country.trim().toUpperCase();
		region = blank(region) ? null : region.trim();
		if (country == null && region == null) {
			throw new BadRequestException("Name a 'country' (ISO 3166-1 alpha-2) or a 'region'");
		}
		if (country != null && !country.matches("[A-Z]{2}")) {
			throw new BadRequestException("'country' must be an ISO 3166-1 alpha-2 code, not '" + country + "'");
		}
	}

	/** A country's calendar year. */
	public static ReportRequest countryYear(String country, int year) {
		return new ReportRequest(country, null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** The period of equal length that ends the day before this one starts. */
	public ReportRequest previousPeriod() {
		long days = to.toEpochDay() - from.toEpochDay();
		LocalDate previousTo = from.minusDays(1);
		return new ReportRequest(country, region, previousTo.minusDays(days), previousTo);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
