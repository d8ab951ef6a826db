package org.irontrace.recovery;

import java.time.LocalDate;

import org.irontrace.catalog.FirearmDescription;

/**
 * A gun taken by a law-enforcement agency, as the agency described it.
 *
 * @param partialSerial restored characters of an obliterated serial, {@code ?} for each unreadable
 *     one, normalised like a serial
 * @param incidentId the seizure, raid or shipment the gun was taken in, shared by the agency's guns
 *     of that incident; null when the agency gave none
 * @param criminalGroup the organisation the agency attributes the gun to, as written; null when none
 * @param criminalGroupKey the catalogue's key for that organisation (see {@code Catalog#criminalGroup})
 */
public record Recovery(String agency, String recoveryId, LocalDate recoveryDate, String country, String adminArea,
		String city, String crimeCode, boolean serialObliterated, String partialSerial, FirearmDescription firearm,
		Possessor possessor, String incidentId, String criminalGroup, String criminalGroupKey) {

	/** A recovery with no incident and no attribution. */
	public Recovery(String agency, String recoveryId, LocalDate recoveryDate, String country, String adminArea,
			String city, String crimeCode, boolean serialObliterated, String partialSerial, FirearmDescription firearm,
			Possessor possessor) {
		this(agency, recoveryId, recoveryDate, country, adminArea, city, crimeCode, serialObliterated, partialSerial,
				firearm, possessor, null, null, null);
	}

	/** The person the gun was taken from; every field may be null. */
	public record Possessor(String firstName, String lastName, LocalDate dob, String nationality) {
	}
}
