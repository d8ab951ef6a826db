package org.irontrace.interdiction;

import java.util.Optional;

/** The shipper or consignee bears the name of a member of a trafficking ring of the link graph. */
final class PartyInRing implements TargetingRule {

	@Override
	public String code() {
		return "PARTY_IN_TRAFFICKING_RING";
	}

	@Override
	public double startingWeight() {
		return 2.5;
	}

	@Override
	public Optional<Finding> assess(ShipmentFacts shipment) {
		if (!(shipment.partyInRing())) {
			return Optional.empty();
		}
		return Optional.of(Finding.of(code()));
	}
}
