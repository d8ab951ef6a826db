package org.irontrace.interdiction;

import java.util.Optional;

/**
 * Goods that hide weight, packed heavier than such goods are: a barrel of clothes that weighs like
 * a barrel of steel. "Heavier" is measured against the other declarations of the same goods (nine in
 * ten weigh less), or, where too few declare them, against what an honest package of them weighs.
 */
final class DenseConcealingGoods implements TargetingRule {

	@Override
	public String code() {
		return "DENSE_CONCEALING_GOODS";
	}

	@Override
	public double startingWeight() {
		return 1.6;
	}

	@Override
	public Optional<Finding> assess(ShipmentFacts shipment) {
		DeclaredGoods goods = DeclaredGoods.readFrom(shipment.description());
		Double perPackage = shipment.kilogramsPerPackage();
		if (goods == null || perPackage == null) {
			return Optional.empty();
		}
		double heaviest = shipment.peerHeaviestPackage() != null ? shipment.peerHeaviestPackage()
				: goods.heaviestHonestPackage;
		if (perPackage <= heaviest) {
			return Optional.empty();
		}
		// The heavier beyond honest, the stronger, up to half as strong again.
		double strength = Math.min(1.5, perPackage / heaviest);
		return Optional.of(Finding.scaled(code(), strength, goods.name(), Math.round(perPackage),
				Math.round(heaviest)));
	}
}
