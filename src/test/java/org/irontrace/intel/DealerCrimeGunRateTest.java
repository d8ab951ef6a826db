package org.irontrace.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class DealerCrimeGunRateTest {

	@Test
	void rateIsTracesPerThousandSalesAgainstTheStatesPeers() {
		DealerCrimeGunRate rate = new DealerCrimeGunRate("D1", "AZ", 500, 10, 8, 100_000, 200);
		assertThat(rate.perThousand()).isCloseTo(20.0, within(1e-9));
		assertThat(rate.statePerThousand()).isCloseTo(2.0, within(1e-9));
		assertThat(rate.timesStateRate()).isCloseTo(10.0, within(1e-9));
		assertThat(rate.shortTimeToCrimeShare()).isCloseTo(0.8, within(1e-9));
	}

	@Test
	void aTinyShopsSingleTraceIsNotASpike() {
		DealerCrimeGunRate tiny = new DealerCrimeGunRate("D2", "AZ", 2, 1, 0, 100_000, 200);
		assertThat(tiny.timesStateRate()).isCloseTo(25.0, within(1e-9));
		assertThat(tiny.perThousand()).isEqualTo(500.0);
	}

	@Test
	void aDealerFarAboveItsPeersWithQuickRecoveriesRaisesALeadThatSaysSo() {
		DealerFacts facts = new DealerFacts(new DealerCrimeGunRate("D1", "AZ", 500, 10, 8, 100_000, 200), "Desert Guns", 2, 4, 3,
				List.of("MX-FGR"), List.of("MX-FGR/1"), List.of("MX-FGR/2"));
		LeadDraft lead = new DealerAssessment().assess(facts);
		assertThat(lead.indicators()).containsExactly("DEALER_CRIME_GUN_RATE", "SHORT_TIME_TO_CRIME_SALES", "LEFT_THE_BOOKS",
				"THEFT_LOSS_ANOMALY");
		assertThat(lead.evidence().get(0).says()).contains("10.0 times the AZ average");
		DealerFacts ordinary = new DealerFacts(new DealerCrimeGunRate("D3", "AZ", 5000, 10, 0, 100_000, 200), "Main St", 0, 0, 0,
				List.of("MX-FGR"), List.of(), List.of());
		assertThat(new DealerAssessment().assess(ordinary)).isNull();
	}
}
