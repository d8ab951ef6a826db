package org.irontrace.simulation;

import java.time.LocalDate;
import java.util.Locale;

/** One row of the simulated shipments.csv, with its truth (channel, guns) beside it. */
record ShipmentLine(String id, String mode, LocalDate date, ShippingLanes.Port port,
		ShippingLanes.Destination destination, SouthboundTraffic.Party shipper, String shipperPhone, String consignee,
		String consigneePhone, String forwarder, String hsCode, String description, double value, double weight,
		int packages, String plate, String channel, int guns) {

	static final String[] COLUMNS = { "agency", "shipment_id", "mode", "departure_date", "origin_port", "origin_country",
			"destination_port", "destination_country", "shipper_name", "shipper_street", "shipper_city", "shipper_state",
			"shipper_postal_code", "shipper_phone", "consignee_name", "consignee_city", "consignee_country",
			"consignee_phone", "forwarder", "hs_code", "description", "declared_value_usd", "weight_kg", "packages",
			"container_id", "vehicle_plate" };

	String[] cells(String agency) {
		boolean road = mode.equals("TRUCK") || mode.equals("PASSENGER_VEHICLE");
		String unit = road ? null : mode.equals("VESSEL") ? containerOwner() + "U" + Math.abs(id.hashCode() % 1_000_000) : null;
		return new String[] { agency, id, mode, date.toString(), port.code(), port.country(), destination.port(),
				destination.country(), shipper.name(), shipper.street(), shipper.city(), shipper.state(),
				shipper.postalCode(), shipperPhone, consignee, destination.port(), destination.country(), consigneePhone,
				road && mode.equals("PASSENGER_VEHICLE") ? "" : forwarder, hsCode == null ? "" : hsCode, description,
				String.format(Locale.ROOT, "%.2f", value), String.format(Locale.ROOT, "%.1f", weight),
				String.valueOf(packages), unit == null ? "" : unit,
				road && plate != null ? plate : "" };
	}

	/** A container owner code (ISO 6346): three letters, the same for a forwarder's boxes. */
	private String containerOwner() {
		String letters = forwarder.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "") + "XXX";
		return letters.substring(0, 3);
	}
}
