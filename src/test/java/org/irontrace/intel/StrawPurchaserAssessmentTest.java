package org.irontrace.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What weighs against a purchaser is evidence of diversion: guns recovered soon and bought in a burst,
 * not owning guns that drifted into crime years apart or years later.
 */
class StrawPurchaserAssessmentTest {

	private final StrawPurchaserAssessment assessment = new StrawPurchaserAssessment();

	@Test
	void aCollectorsOldGunsFoundAbroadDoNotWeighAsSeveral() {
		PersonCase collector = new PersonCase("P1");
		collector.guns.add(gun("R1", LocalDate.of(2015, 3, 1), 1500));
		collector.guns.add(gun("R2", LocalDate.of(2015, 7, 1), 2100));
		collector.guns.add(gun("R3", LocalDate.of(2016, 1, 9), 1300));
		assertThat(assessment.assess(collector).indicators()).doesNotContain("SEVERAL_CRIME_GUNS");
	}

	@Test
	void gunsBoughtInABurstAndRecoveredSoonWeighAsSeveral() {
		PersonCase burst = new PersonCase("P2");
		burst.guns.add(gun("R1", LocalDate.of(2020, 3, 1), 200));
		burst.guns.add(gun("R2", LocalDate.of(2020, 5, 1), 150));
		PersonCase yearsApart = new PersonCase("P3");
		yearsApart.guns.add(gun("R1", LocalDate.of(2015, 3, 1), 200));
		yearsApart.guns.add(gun("R2", LocalDate.of(2020, 5, 1), 150));
		LeadDraft inABurst = assessment.assess(burst);
		LeadDraft apart = assessment.assess(yearsApart);
		assertThat(inABurst.indicators()).contains("SEVERAL_CRIME_GUNS");
		assertThat(apart.indicators()).doesNotContain("SEVERAL_CRIME_GUNS");
		assertThat(inABurst.score()).isGreaterThan(apart.score());
	}

	@Test
	void aGunSeizedWithOtherBuyersGunsWeighsAboveOneFoundAlone() {
		PersonCase supplier = new PersonCase("P4");
		CrimeGun cached = gun("R1", LocalDate.of(2021, 4, 1), 200);
		supplier.guns.add(cached);
		supplier.seizedWithOthers.add(cached);
		PersonCase robbed = new PersonCase("P5");
		robbed.guns.add(gun("R2", LocalDate.of(2021, 4, 1), 200));
		LeadDraft cache = assessment.assess(supplier);
		LeadDraft alone = assessment.assess(robbed);
		assertThat(cache.indicators()).contains("SEIZED_WITH_OTHER_BUYERS_GUNS");
		assertThat(alone.indicators()).doesNotContain("SEIZED_WITH_OTHER_BUYERS_GUNS");
		assertThat(cache.score() - alone.score()).isEqualTo(StrawPurchaserAssessment.SEIZED_WITH_OTHERS);
	}

	/**
	 * Without the ledger an agency cannot see a multiple sale itself, but the tracing authority's answer
	 * says when a gun was sold in one: that word weighs as a multiple sale, once, for a gun recovered
	 * within three years; where the ledger shows the sale group, the group counts instead.
	 */
	@Test
	void aMultipleSaleTheAuthorityReportsWeighsAsOneWhereTheLedgerShowsNone() {
		LocalDate sold = LocalDate.of(2022, 2, 1);
		PersonCase reported = new PersonCase("P6");
		reported.guns.add(reportedInAMultipleSale(gun("R1", sold, 200)));
		reported.guns.add(reportedInAMultipleSale(gun("R2", sold, 220)));
		PersonCase plain = new PersonCase("P7");
		plain.guns.add(gun("R1", sold, 200));
		plain.guns.add(gun("R2", sold, 220));
		PersonCase longAfter = new PersonCase("P8");
		longAfter.guns.add(reportedInAMultipleSale(gun("R3", sold, 2000)));
		PersonCase inTheLedger = new PersonCase("P9");
		inTheLedger.guns.add(reportedInAMultipleSale(gun("R1", sold, 200)));
		inTheLedger.saleGroups.add(new PersonCase.SaleGroupFact("MULTIPLE_SALE", "HANDGUN", "2022-02-01", "2022-02-03", 2, List.of("L-1")));
		PersonCase groupOnly = new PersonCase("P10");
		groupOnly.guns.add(gun("R1", sold, 200));
		groupOnly.saleGroups.add(new PersonCase.SaleGroupFact("MULTIPLE_SALE", "HANDGUN", "2022-02-01", "2022-02-03", 2, List.of("L-1")));

		LeadDraft withWord = assessment.assess(reported);
		assertThat(withWord.indicators()).contains("REPORTED_MULTIPLE_SALE");
		assertThat(withWord.score() - assessment.assess(plain).score()).as("two reported guns weigh once")
			.isEqualTo(StrawPurchaserAssessment.REPORTED_MULTIPLE_SALE);
		LeadDraft old = assessment.assess(longAfter);
		assertThat(old == null ? List.of() : old.indicators()).as("a gun recovered years after the sale").doesNotContain("REPORTED_MULTIPLE_SALE");
		LeadDraft both = assessment.assess(inTheLedger);
		assertThat(both.indicators()).contains("MULTIPLE_SALE").doesNotContain("REPORTED_MULTIPLE_SALE");
		assertThat(both.score()).as("the ledger's group and the authority's word for it count once")
			.isEqualTo(assessment.assess(groupOnly).score());
	}

	private static CrimeGun reportedInAMultipleSale(CrimeGun gun) {
		return new CrimeGun(gun.agency(), gun.recoveryId(), gun.recoveryDate(), gun.country(), gun.adminArea(), gun.timeToCrimeDays(),
				gun.purchaserId(), gun.possessorId(), gun.calibreFamily(), gun.firearmType(), gun.serialObliterated(), gun.licence(),
				gun.dealerState(), gun.saleDate(), gun.makeModel(), gun.serialNumber(), true);
	}

	/** A rifle bought in Texas, found abroad with someone else this many days after the sale. */
	private static CrimeGun gun(String recovery, LocalDate sold, int daysToCrime) {
		return new CrimeGun("MX", recovery, sold.plusDays(daysToCrime), "MX", "SON", daysToCrime, "P", "Q", "5.56x45mm/.223",
				"RIFLE", false, "L-1", "TX", sold, "Colt AR-15", "S" + recovery, false);
	}
}
