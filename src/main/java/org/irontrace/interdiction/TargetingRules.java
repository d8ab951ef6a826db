package org.irontrace.interdiction;

import java.util.List;

/** Every targeting rule, in the order their reasons are listed when they weigh the same. */
final class TargetingRules {

	static final List<TargetingRule> ALL = List.of(new ArmsNotDeclared(), new DenseConcealingGoods(),
			new UndervaluedConcealingGoods(), new TariffContradictsGoods(), new NewConsigneeHighRisk(),
			new ShipperBoughtCrimeGun(), new PartyInRing(), new ConsigneeHeldCrimeGun(), new ShipperAtPurchaserAddress(),
			new FrequentGunBuyer(), new ContactOfSeizure(), new ForwarderSeizures(), new RouteSeizures(),
			new FrequentSender());

	private TargetingRules() {
	}

	/** The strength of each rule's finding in a shipment, in {@link #ALL} order (0 where it finds nothing). */
	static double[] strengths(ShipmentFacts shipment) {
		double[] strengths = new double[ALL.size()];
		for (int i = 0; i < strengths.length; i++) {
			strengths[i] = ALL.get(i).assess(shipment).map(Finding::strength).orElse(0.0);
		}
		return strengths;
	}
}
