package org.irontrace.interdiction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores a shipment under the weights in force: the baseline and its lane's offset plus each
 * finding's weight times its strength, as log-odds, turned into a 0-1 risk; the findings that raise
 * it are its reasons (the lane is no reason: it only calibrates).
 */
final class RiskModel {

	private final RiskWeights weights;

	RiskModel(RiskWeights weights) {
		this.weights = weights;
	}

	Target assess(ShipmentFacts shipment) {
		double logOdds = weights.baseline() + weights.offsetOf(Lane.of(shipment.mode()));
		List<Target.Reason> reasons = new ArrayList<>(4);
		for (TargetingRule rule : TargetingRules.ALL) {
			var finding = rule.assess(shipment);
			if (finding.isEmpty()) {
				continue;
			}
			double weight = weights.weightOf(rule.code()) * finding.get().strength();
			logOdds += weight;
			if (weight > 0) {
				reasons.add(new Target.Reason(rule.code(), weight, finding.get().figures()));
			}
		}
		reasons.sort(Comparator.comparingDouble(Target.Reason::weight).reversed());
		return new Target(shipment.agency(), shipment.shipmentId(), shipment.departureDate(), shipment.mode(),
				shipment.originPort(), shipment.destinationPort(), shipment.destinationCountry(),
				1 / (1 + Math.exp(-logOdds)), List.copyOf(reasons));
	}
}
