package org.irontrace.interdiction;

import java.util.Optional;

/** The route from this port to this destination carried shipments in which guns were seized. */
final class RouteSeizures implements TargetingRule {

	@Override
	public String code() {
		return "ROUTE_PAST_SEIZURES";
	}

	@Override
	public double startingWeight() {
		return 0.8;
	}

	@Override
	public Optional<Finding> assess(ShipmentFacts shipment) {
		double strength = SeizureHistory.strength(shipment.routeSeizures(), shipment.routeShipments());
		if (strength == 0) {
			return Optional.empty();
		}
		return Optional.of(Finding.scaled(code(), strength, shipment.routeSeizures(), shipment.routeShipments()));
	}
}
