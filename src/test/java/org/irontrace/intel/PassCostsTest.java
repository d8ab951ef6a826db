package org.irontrace.intel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A pile of changed recoveries goes to passes only when their measured cost beats a full refresh's. */
class PassCostsTest {

	@Test
	void untilBothAreMeasuredAFullRefreshIsChosen() {
		PassCosts costs = new PassCosts();
		assertThat(costs.passesCheaper(2_000)).isFalse();
		costs.passTook(500, 0.5);
		assertThat(costs.passesCheaper(2_000)).as("no full refresh timed yet").isFalse();
		PassCosts refreshOnly = new PassCosts();
		refreshOnly.fullRefreshTook(10);
		assertThat(refreshOnly.passesCheaper(2_000)).as("no pass timed yet").isFalse();
	}

	@Test
	void passesThatKeepPaceAreChosenOverASlowFullRefresh() {
		PassCosts costs = new PassCosts();
		costs.passTook(500, 1.0);
		costs.fullRefreshTook(10);
		assertThat(costs.passesCheaper(4_000)).as("4,000 at 2 ms each: 8 s against 10 s").isTrue();
		assertThat(costs.passesCheaper(6_000)).as("6,000 at 2 ms each: 12 s against 10 s").isFalse();
	}

	@Test
	void smallPassesSayNothingOfTheCostPerRecovery() {
		PassCosts costs = new PassCosts();
		costs.fullRefreshTook(10);
		costs.passTook(1, 0.4);
		assertThat(costs.passesCheaper(1_000)).as("one recovery's pass is mostly its fixed part").isFalse();
		costs.passTook(1_000, 1.0);
		assertThat(costs.passesCheaper(5_000)).isTrue();
	}

	@Test
	void theLatestPassesWeighMost() {
		PassCosts costs = new PassCosts();
		costs.fullRefreshTook(10);
		costs.passTook(1_000, 1.0);
		for (int i = 0; i < 10; i++) {
			costs.passTook(1_000, 4.0);
		}
		assertThat(costs.passesCheaper(3_000)).as("now about 4 ms each: 12 s against 10 s").isFalse();
	}
}
