package org.irontrace.trace;

import java.time.LocalDate;

/**
 * A recovered gun still waiting for the tracing authority's answer, with every field of the trace
 * request form (ATF Form 3312.1): the firearm, the recovery, the possessor and the priority.
 *
 * @param requestType {@code URGENT} for crimes the authority answers within a day, {@code ROUTINE} otherwise
 * @param lastStatus what IronTrace's own trace says meanwhile (null when never traced)
 */
public record TraceRequest(String requestType, String agency, String recoveryId, LocalDate recoveryDate,
		String country, String adminArea, String city, Double latitude, Double longitude, String crimeCode,
		String serialNumber, boolean serialObliterated, String partialSerial, String manufacturer, String importer,
		String model, String caliber, String firearmType, String countryOfManufacture, String possessorFirstName,
		String possessorLastName, LocalDate possessorDob, String possessorNationality, String incidentId,
		String criminalGroup, String lastStatus, String lastReason) {
}
