package org.irontrace.interdiction;

import java.util.Optional;

/**
 * The description speaks of arms, ammunition or their parts, but the tariff heading is not in
 * chapter 93 (arms and ammunition): the export licence that chapter 93 calls for is being avoided.
 */
final class ArmsNotDeclared implements TargetingRule {

	@Override
	public String code() {
		return "ARMS_NOT_DECLARED_CHAPTER_93";
	}

	@Override
	public double startingWeight() {
		return 2.0;
	}

	@Override
	public Optional<Finding> assess(ShipmentFacts shipment) {
		String word = DeclaredGoods.armsWordIn(shipment.description());
		if (word == null || "93".equals(DeclaredGoods.chapterOf(shipment.hsCode()))) {
			return Optional.empty();
		}
		String code = shipment.hsCode() == null ? "-" : shipment.hsCode();
		return Optional.of(Finding.of(code(), word, code));
	}
}
