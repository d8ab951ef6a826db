package org.irontrace.interdiction;

import java.util.Optional;

/** The shipper bears the name of a purchaser of a traced crime gun. */
final class ShipperBoughtCrimeGun implements TargetingRule {

	@Override
	public String code() {
		return "SHIPPER_BOUGHT_CRIME_GUN";
	}

	@Override
	public double startingWeight() {
		return 2.5;
	}

	@Override
	public Optional<Finding> assess(ShipmentFacts shipment) {
		if (!(shipment.shipperBoughtCrimeGun())) {
			return Optional.empty();
		}
		return Optional.of(Finding.of(code()));
	}
}
