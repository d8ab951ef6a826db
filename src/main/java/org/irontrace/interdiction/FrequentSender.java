package org.irontrace.interdiction;

import java.util.Optional;

/**
 * A private person sending far more often than a household does: a family sends a barrel of its
 * effects home, or drives its belongings across the border, once in a while (monthly at most), not
 * three times in a few weeks. Smugglers come back through the same lane under the same name and
 * address (or phone), each time to another receiver ("ant" trafficking). A sender is private when
 * it declares a household's own goods or crosses in a private car; businesses ship their goods as
 * often as trade asks, so their frequency says nothing here. Counted within
 * {@link TargetingQueries#SENDER_WINDOW_DAYS} days either side of the shipment.
 */
final class FrequentSender implements TargetingRule {

	/** Sendings in the window from which a private person sends more often than a household does. */
	static final int UNUSUAL_SENDINGS = 3;

	@Override
	public String code() {
		return "FREQUENT_SENDER";
	}

	@Override
	public double startingWeight() {
		return 1.0;
	}

	@Override
	public Optional<Finding> assess(ShipmentFacts shipment) {
		int sendings = shipment.senderShipments();
		if (sendings < UNUSUAL_SENDINGS || !isPrivate(shipment)) {
			return Optional.empty();
		}
		// Each sending beyond the first unusual one adds a quarter, up to half as strong again.
		double strength = Math.min(1.5, 1 + 0.25 * (sendings - UNUSUAL_SENDINGS));
		return Optional.of(Finding.scaled(code(), strength, sendings, TargetingQueries.SENDER_WINDOW_DAYS));
	}

	private static boolean isPrivate(ShipmentFacts shipment) {
		DeclaredGoods goods = DeclaredGoods.readFrom(shipment.description());
		return goods == DeclaredGoods.PERSONAL_EFFECTS || goods == DeclaredGoods.HOUSEHOLD_GOODS
				|| "PASSENGER_VEHICLE".equals(shipment.mode());
	}
}
