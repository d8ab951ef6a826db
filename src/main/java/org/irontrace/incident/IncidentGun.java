package org.irontrace.incident;

import java.time.LocalDate;

import org.irontrace.catalog.CriminalGroup;

/**
 * One gun of an incident, with what its current trace says (null when it has none, or when the
 * caller may see the recovery but not the agency's traces).
 *
 * @param criminalGroup the group the agency attributes the gun to, as the catalogue reads it; null when none
 * @param criminalGroupAsWritten the agency's own words for it
 */
public record IncidentGun(String recoveryId, LocalDate recoveryDate, String country, String adminArea, String city,
		String crimeCode, Firearm firearm, CriminalGroup criminalGroup, String criminalGroupAsWritten, Trace trace) {

	/** Where the gun was taken, most precise first: city, state or department, country. */
	public String place() {
		return java.util.stream.Stream.of(city, adminArea, country)
			.filter(part -> part != null && !part.isBlank())
			.collect(java.util.stream.Collectors.joining(", "));
	}

	/** The gun as the trace identified it, else as the agency described it. */
	public record Firearm(String serialNumber, String manufacturer, String model, String caliber, String firearmType) {
	}

	/**
	 * The gun's current trace.
	 *
	 * @param sourceDealer the dealer of the first retail sale, null when the trace found none
	 * @param purchaser the first retail purchaser, null when none was recorded or when the caller may
	 *     not see the agency's personal data ({@code personalDataShown} tells which)
	 */
	public record Trace(String traceId, String status, String reason, Boolean usSourced, Integer timeToCrimeDays,
			Dealer sourceDealer, LocalDate saleDate, Purchaser purchaser, boolean personalDataShown) {
	}

	/** A licensed dealer and the state it sells in. */
	public record Dealer(String licence, String businessName, String state) {
	}

	/** The first retail purchaser as recorded on the sale form. */
	public record Purchaser(String firstName, String lastName, LocalDate dob, String state) {
	}
}
