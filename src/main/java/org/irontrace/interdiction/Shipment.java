package org.irontrace.interdiction;

import java.time.LocalDate;
import java.util.List;

/**
 * One declared shipment as the caller may read it: the parties' names, addresses and phones are null
 * when the owning agency shares its records without personal data. Its inspections come with the
 * incident whose recoveries hold what was seized.
 */
public record Shipment(String agency, String shipmentId, String mode, LocalDate departureDate, String originPort,
		String originCountry, String destinationPort, String destinationCountry, Party shipper, Party consignee,
		String forwarder, String hsCode, String description, Double declaredValueUsd, Double weightKg, Integer packages,
		String containerId, String vehiclePlate, boolean personalDataShown, List<Inspection> inspections) {

	/** A shipper or consignee. */
	public record Party(String name, String street, String city, String region, String postalCode, String country,
			String phone) {
	}

	/**
	 * An inspection; {@code incidentGuns} counts the recoveries the agency holds under the incident
	 * (joined, never copied, so recoveries sent later are counted as soon as they arrive).
	 */
	public record Inspection(LocalDate inspectionDate, String method, String result, Integer firearmsFound,
			Integer magazinesFound, Integer roundsFound, String incidentId, long incidentGuns, String recordedBy) {
	}
}
