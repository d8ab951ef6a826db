package org.irontrace.interdiction;

import java.util.Optional;

/** The consignee bears the name of a person a crime gun was taken from. */
final class ConsigneeHeldCrimeGun implements TargetingRule {

	@Override
	public String code() {
		return "CONSIGNEE_HELD_CRIME_GUN";
	}

	@Override
	public double startingWeight() {
		return 2.0;
	}

	@Override
	public Optional<Finding> assess(ShipmentFacts shipment) {
		if (!(shipment.consigneeHeldCrimeGun())) {
			return Optional.empty();
		}
		return Optional.of(Finding.of(code()));
	}
}
