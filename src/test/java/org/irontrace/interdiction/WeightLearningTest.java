package org.irontrace.interdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Weights learned from inspection outcomes, with the rules as the starting point. */
class WeightLearningTest {

	private static final int DENSE = index("DENSE_CONCEALING_GOODS");

	private static final int ROUTE = index("ROUTE_PAST_SEIZURES");

	private static int index(String code) {
		for (int i = 0; i < TargetingRules.ALL.size(); i++) {
			if (TargetingRules.ALL.get(i).code().equals(code)) {
				return i;
			}
		}
		throw new IllegalArgumentException(code);
	}

	/** Dense barrels are seized half the time; the route says nothing; the rest is clear. */
	private static List<WeightLearning.Outcome> outcomes(int inspections) {
		Random random = new Random(3);
		List<WeightLearning.Outcome> outcomes = new ArrayList<>();
		for (int i = 0; i < inspections; i++) {
			double[] strengths = new double[TargetingRules.ALL.size()];
			boolean dense = random.nextDouble() < 0.2;
			strengths[DENSE] = dense ? 1 : 0;
			strengths[ROUTE] = random.nextDouble() < 0.5 ? 1 : 0;
			boolean seized = random.nextDouble() < (dense ? 0.5 : 0.01);
			outcomes.add(new WeightLearning.Outcome(strengths, seized));
		}
		return outcomes;
	}

	@Test
	void fewOutcomesLeaveTheRulesWeightsInForce() {
		RiskWeights weights = WeightLearning.learn(outcomes(100));
		assertThat(weights.source()).isEqualTo(RiskWeights.STARTING);
		assertThat(weights.weightOf("DENSE_CONCEALING_GOODS")).isEqualTo(new DenseConcealingGoods().startingWeight());
	}

	@Test
	void enoughOutcomesRaiseTheRuleThatFindsGunsAndLowerTheOneThatDoesNot() {
		RiskWeights weights = WeightLearning.learn(outcomes(3000));
		assertThat(weights.source()).isEqualTo(RiskWeights.LEARNED);
		assertThat(weights.seizures()).isGreaterThanOrEqualTo(WeightLearning.FEWEST_OF_EACH);
		assertThat(weights.weightOf("DENSE_CONCEALING_GOODS")).isGreaterThan(new DenseConcealingGoods().startingWeight());
		assertThat(weights.weightOf("ROUTE_PAST_SEIZURES")).isLessThan(new RouteSeizures().startingWeight());
	}

	@Test
	void aLaneWhoseInspectionsFindMoreThanTheRulesExplainIsRankedHigher() {
		Random random = new Random(5);
		List<WeightLearning.Outcome> outcomes = new ArrayList<>();
		for (int i = 0; i < 4000; i++) {
			Lane lane = i % 2 == 0 ? Lane.ROAD : Lane.SEA;
			boolean seized = random.nextDouble() < (lane == Lane.ROAD ? 0.06 : 0.01);
			outcomes.add(new WeightLearning.Outcome(new double[TargetingRules.ALL.size()], lane, seized));
		}
		RiskWeights weights = WeightLearning.learn(outcomes);
		assertThat(weights.offsetOf(Lane.ROAD)).isGreaterThan(weights.offsetOf(Lane.SEA));
		ShipmentFactsForTest car = new ShipmentFactsForTest();
		car.mode = "PASSENGER_VEHICLE";
		RiskModel model = new RiskModel(weights);
		assertThat(model.assess(car.build()).score()).isGreaterThan(model.assess(new ShipmentFactsForTest().build()).score());
		assertThat(model.assess(car.build()).reasons()).as("a lane calibrates, it is no reason").isEmpty();
	}

	@Test
	void theRulesOwnWeightsMoveNoLane() {
		assertThat(RiskWeights.starting(0, 0).offsetOf(Lane.ROAD)).isZero();
	}
}
