package org.irontrace.interdiction;

import java.util.Optional;

/**
 * The shipper's or consignee's phone, address or vehicle plate appeared on a shipment where guns
 * were seized.
 */
final class ContactOfSeizure implements TargetingRule {

	@Override
	public String code() {
		return "CONTACT_OF_PAST_SEIZURE";
	}

	@Override
	public double startingWeight() {
		return 2.0;
	}

	@Override
	public Optional<Finding> assess(ShipmentFacts shipment) {
		if (!(shipment.seizedWithSameContact() > 0)) {
			return Optional.empty();
		}
		return Optional.of(Finding.of(code(), shipment.seizedWithSameContact()));
	}
}
