package org.irontrace.recovery;

import java.time.LocalDate;

import org.irontrace.catalog.FirearmDescription;

/**
 * A gun taken by a law-enforcement agency, as the agency described it.
 *
 * @param partialSerial restored characters of an obliterated serial, {@code ?} for each unreadable
 *     one, normalised like a serial
 */
public record Recovery(String agency, String recoveryId, LocalDate recoveryDate, String country, String adminArea,
		String city, String crimeCode, boolean serialObliterated, String partialSerial, FirearmDescription firearm,
		Possessor possessor) {

	/** The person the gun was taken from; every field may be null. */
	public record Possessor(String firstName, String lastName, LocalDate dob, String nationality) {
	}
}
