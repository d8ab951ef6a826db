package org.irontrace.interdiction;

import java.util.Optional;

/**
 * Goods that hide weight, declared at a value per kilogram too low for what they are said to be:
 * below nine in ten declarations of the same goods, or, where too few declare them, below what such
 * goods are worth.
 */
final class UndervaluedConcealingGoods implements TargetingRule {

	@Override
	public String code() {
		return "UNDERVALUED_CONCEALING_GOODS";
	}

	@Override
	public double startingWeight() {
		return 1.2;
	}

	@Override
	public Optional<Finding> assess(ShipmentFacts shipment) {
		DeclaredGoods goods = DeclaredGoods.readFrom(shipment.description());
		Double perKilogram = shipment.dollarsPerKilogram();
		if (goods == null || perKilogram == null) {
			return Optional.empty();
		}
		double cheapest = shipment.peerCheapestValue() != null ? shipment.peerCheapestValue() : goods.cheapestHonestValue;
		if (perKilogram >= cheapest) {
			return Optional.empty();
		}
		// The cheaper below believable, the stronger, up to half as strong again.
		double strength = Math.min(1.5, cheapest / Math.max(perKilogram, 0.01));
		return Optional.of(Finding.scaled(code(), strength, goods.name(), String.format(java.util.Locale.ROOT, "%.2f", perKilogram),
				String.format(java.util.Locale.ROOT, "%.2f", cheapest)));
	}
}
