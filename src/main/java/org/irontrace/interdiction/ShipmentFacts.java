package org.irontrace.interdiction;

import java.time.LocalDate;

/**
 * One shipment as targeting reads it: what was declared, and what IronTrace knows around it (how
 * often its consignee appears, whether its parties match people behind crime guns, what past
 * inspections found with its forwarder, route and contacts). Built by {@link TargetingQueries}; the
 * rules read nothing else, so they can be tested on hand-made facts.
 *
 * @param consigneeShipments shipments to this consignee in the agencies' records, this one included
 * @param highRiskDestination the destination country is one where seized guns keep arriving
 * @param gunsBoughtByShipper guns the shipper bought, as the link graph knows them (0 when no match)
 * @param seizedWithSameContact earlier seized shipments sharing this one's phone or address
 * @param forwarderShipments shipments by this shipment's forwarder (this one excluded)
 * @param forwarderSeizures seizures among them
 * @param routeShipments shipments on this origin-destination route (this one excluded)
 * @param routeSeizures seizures among them
 * @param peerHeaviestPackage kilograms per package that nine in ten shipments declaring the same goods stay
 * under, or null when too few declare them to say
 * @param peerCheapestValue dollars per kilogram that nine in ten shipments declaring the same goods stay
 * above, or null when too few declare them to say
 * @param senderShipments shipments declared by the same sender (one name at one address, or one name with
 * one phone where no address is given) within {@link TargetingQueries#SENDER_WINDOW_DAYS} days either side
 * of this one, this one included; 1 when the sender is unnamed
 */
record ShipmentFacts(String agency, String shipmentId, String mode, LocalDate departureDate, String originPort,
		String destinationPort, String destinationCountry, String forwarder, String hsCode, String description,
		Double declaredValueUsd, Double weightKg, Integer packages, int consigneeShipments, boolean highRiskDestination,
		boolean shipperBoughtCrimeGun, boolean partyInRing, boolean consigneeHeldCrimeGun,
		boolean shipperAtPurchaserAddress, int gunsBoughtByShipper, int seizedWithSameContact, int forwarderShipments,
		int forwarderSeizures, int routeShipments, int routeSeizures, Double peerHeaviestPackage,
		Double peerCheapestValue, int senderShipments) {

	/** Kilograms per package, or null when either is not declared. */
	Double kilogramsPerPackage() {
		return weightKg == null || packages == null || packages <= 0 ? null : weightKg / packages;
	}

	/** Declared dollars per kilogram, or null when either is not declared. */
	Double dollarsPerKilogram() {
		return declaredValueUsd == null || weightKg == null || weightKg <= 0 ? null : declaredValueUsd / weightKg;
	}
}
