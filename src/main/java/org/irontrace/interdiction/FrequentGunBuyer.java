package org.irontrace.interdiction;

import java.util.Optional;

/**
 * The shipper bought several guns in a short time (two or more within two months, or several crime
 * guns): lawful buyers rarely do, straw purchasers always.
 */
final class FrequentGunBuyer implements TargetingRule {

	@Override
	public String code() {
		return "FREQUENT_GUN_BUYER";
	}

	@Override
	public double startingWeight() {
		return 1.5;
	}

	@Override
	public Optional<Finding> assess(ShipmentFacts shipment) {
		if (!(shipment.gunsBoughtByShipper() >= 2)) {
			return Optional.empty();
		}
		return Optional.of(Finding.of(code(), shipment.gunsBoughtByShipper()));
	}
}
