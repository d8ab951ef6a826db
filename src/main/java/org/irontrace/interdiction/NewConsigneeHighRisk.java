package org.irontrace.interdiction;

import java.util.Optional;

/**
 * A consignee never seen before (or only once) in a country where seized guns keep arriving: families
 * ship barrels home every month to the same names; a trafficker's receiver is new each time.
 */
final class NewConsigneeHighRisk implements TargetingRule {

	@Override
	public String code() {
		return "NEW_CONSIGNEE_HIGH_RISK_DESTINATION";
	}

	@Override
	public double startingWeight() {
		return 0.9;
	}

	@Override
	public Optional<Finding> assess(ShipmentFacts shipment) {
		if (!shipment.highRiskDestination() || shipment.consigneeShipments() > 1) {
			return Optional.empty();
		}
		return Optional.of(Finding.of(code(), shipment.destinationCountry()));
	}
}
