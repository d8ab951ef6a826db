package org.irontrace.interdiction;

import java.util.Optional;

/**
 * Goods that hide weight declared under a tariff chapter such goods never take: the description was
 * written for the officer, the code for the system.
 */
final class TariffContradictsGoods implements TargetingRule {

	@Override
	public String code() {
		return "TARIFF_CONTRADICTS_GOODS";
	}

	@Override
	public double startingWeight() {
		return 0.8;
	}

	@Override
	public Optional<Finding> assess(ShipmentFacts shipment) {
		DeclaredGoods goods = DeclaredGoods.readFrom(shipment.description());
		String chapter = DeclaredGoods.chapterOf(shipment.hsCode());
		if (goods == null || chapter == null || goods.chapters.contains(chapter) || chapter.equals("93")) {
			return Optional.empty();
		}
		return Optional.of(Finding.of(code(), goods.name(), chapter));
	}
}
