package org.irontrace.interdiction;

import java.util.Optional;

/** The forwarder or consolidator conveyed shipments in which guns were seized. */
final class ForwarderSeizures implements TargetingRule {

	@Override
	public String code() {
		return "FORWARDER_PAST_SEIZURES";
	}

	@Override
	public double startingWeight() {
		return 1.2;
	}

	@Override
	public Optional<Finding> assess(ShipmentFacts shipment) {
		double strength = SeizureHistory.strength(shipment.forwarderSeizures(), shipment.forwarderShipments());
		if (strength == 0) {
			return Optional.empty();
		}
		return Optional.of(Finding.scaled(code(), strength, shipment.forwarderSeizures(), shipment.forwarderShipments()));
	}
}
