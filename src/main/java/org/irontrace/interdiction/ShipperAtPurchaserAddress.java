package org.irontrace.interdiction;

import java.util.Optional;

/** The shipper's address is the address a crime gun's purchaser gave at the counter. */
final class ShipperAtPurchaserAddress implements TargetingRule {

	@Override
	public String code() {
		return "SHIPPER_AT_PURCHASER_ADDRESS";
	}

	@Override
	public double startingWeight() {
		return 1.5;
	}

	@Override
	public Optional<Finding> assess(ShipmentFacts shipment) {
		if (!(shipment.shipperAtPurchaserAddress())) {
			return Optional.empty();
		}
		return Optional.of(Finding.of(code()));
	}
}
