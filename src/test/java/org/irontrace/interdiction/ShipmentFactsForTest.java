package org.irontrace.interdiction;

import java.time.LocalDate;

/** Hand-made shipment facts: an honest parcel unless told otherwise. */
final class ShipmentFactsForTest {

	String mode = "VESSEL";

	String description = "Electronics";

	String hsCode = "851762";

	Double value = 2000.0;

	Double weight = 20.0;

	Integer packages = 2;

	String destinationCountry = "GB";

	int consigneeShipments = 5;

	boolean shipperBoughtCrimeGun;

	boolean partyInRing;

	int gunsBought;

	int seizedWithSameContact;

	int forwarderShipments = 1000;

	int forwarderSeizures;

	Double peerHeaviestPackage;

	int senderShipments = 1;

	ShipmentFactsForTest goods(String description, String hsCode, double value, double weight, int packages) {
		this.description = description;
		this.hsCode = hsCode;
		this.value = value;
		this.weight = weight;
		this.packages = packages;
		return this;
	}

	ShipmentFactsForTest to(String country, int consigneeShipments) {
		this.destinationCountry = country;
		this.consigneeShipments = consigneeShipments;
		return this;
	}

	ShipmentFacts build() {
		return new ShipmentFacts("CBP", "S1", mode, LocalDate.of(2030, 1, 1), "MIA", "KIN", destinationCountry, "Fwd",
				hsCode, description, value, weight, packages, consigneeShipments,
				TargetingQueries.HIGH_RISK_DESTINATIONS.contains(destinationCountry), shipperBoughtCrimeGun, partyInRing,
				false, false, gunsBought, seizedWithSameContact, forwarderShipments, forwarderSeizures, 5000, 0,
				peerHeaviestPackage, null, senderShipments);
	}
}
