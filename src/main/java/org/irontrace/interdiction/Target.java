package org.irontrace.interdiction;

import java.time.LocalDate;
import java.util.List;

/**
 * A shipment worth inspecting: its risk (0 to 1 under the weights in force) and the reasons, the
 * heaviest first, each with its code and the figures its sentence quotes.
 */
public record Target(String agency, String shipmentId, LocalDate departureDate, String mode, String originPort,
		String destinationPort, String destinationCountry, double score, List<Reason> reasons) {

	/** One reason: its code, its weight in this shipment's score, and the figures of its sentence. */
	public record Reason(String code, double weight, List<Object> figures) {
	}
}
