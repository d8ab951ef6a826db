package org.irontrace.interdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The targeting rules as an officer would state them, on hand-made shipments. */
class TargetingRulesTest {

	private static List<String> reasons(ShipmentFactsForTest shipment) {
		return new RiskModel(RiskWeights.starting(0, 0)).assess(shipment.build())
			.reasons()
			.stream()
			.map(Target.Reason::code)
			.toList();
	}

	@Test
	void anHonestParcelToARegularConsigneeGivesNoReason() {
		assertThat(reasons(new ShipmentFactsForTest())).isEmpty();
	}

	@Test
	void aBarrelOfPersonalEffectsHeavierThanClothesWeighIsDense() {
		assertThat(reasons(new ShipmentFactsForTest().goods("Personal effects", "980400", 500, 95, 1)))
			.containsExactly("DENSE_CONCEALING_GOODS");
		assertThat(reasons(new ShipmentFactsForTest().goods("Personal effects", "980400", 500, 60, 1))).isEmpty();
	}

	@Test
	void heavyIsMeasuredAgainstTheOtherDeclarationsOfTheSameGoodsWhenThereAreEnough() {
		ShipmentFactsForTest barrel = new ShipmentFactsForTest().goods("Personal effects", "980400", 500, 70, 1);
		assertThat(reasons(barrel)).as("under the written 75 kg").isEmpty();
		barrel.peerHeaviestPackage = 65.0;
		assertThat(reasons(barrel)).as("over what nine in ten such barrels weigh").containsExactly("DENSE_CONCEALING_GOODS");
	}

	@Test
	void householdGoodsDeclaredBelowTheirWorthAreUndervalued() {
		assertThat(reasons(new ShipmentFactsForTest().goods("Household goods", "940360", 50, 60, 1)))
			.containsExactly("UNDERVALUED_CONCEALING_GOODS");
	}

	@Test
	void wordsOfArmsOutsideChapter93AreArmsNotDeclared() {
		assertThat(reasons(new ShipmentFactsForTest().goods("Gun cleaning kits and holsters", "950699", 300, 10, 1)))
			.containsExactly("ARMS_NOT_DECLARED_CHAPTER_93");
		assertThat(reasons(new ShipmentFactsForTest().goods("Sporting rifles, export licence", "930320", 3000, 25, 1)))
			.as("declared in chapter 93: the licence is checked by the naive rule, not here").isEmpty();
	}

	@Test
	void toysUnderAnAutoPartsHeadingContradictTheirTariff() {
		assertThat(reasons(new ShipmentFactsForTest().goods("Toys", "870899", 300, 10, 2)))
			.containsExactly("TARIFF_CONTRADICTS_GOODS");
	}

	@Test
	void aFirstShipmentToAConsigneeInACountryOfSeizuresIsNew() {
		assertThat(reasons(new ShipmentFactsForTest().to("JM", 1))).containsExactly("NEW_CONSIGNEE_HIGH_RISK_DESTINATION");
		assertThat(reasons(new ShipmentFactsForTest().to("JM", 6))).isEmpty();
		assertThat(reasons(new ShipmentFactsForTest().to("GB", 1))).isEmpty();
	}

	@Test
	void whatTheGraphAndPastSeizuresKnowAreReasonsOfTheirOwn() {
		ShipmentFactsForTest shipment = new ShipmentFactsForTest();
		shipment.shipperBoughtCrimeGun = true;
		shipment.partyInRing = true;
		shipment.gunsBought = 3;
		shipment.seizedWithSameContact = 1;
		shipment.forwarderShipments = 100;
		shipment.forwarderSeizures = 4;
		assertThat(reasons(shipment)).containsExactlyInAnyOrder("SHIPPER_BOUGHT_CRIME_GUN", "PARTY_IN_TRAFFICKING_RING",
				"FREQUENT_GUN_BUYER", "CONTACT_OF_PAST_SEIZURE", "FORWARDER_PAST_SEIZURES");
	}

	@Test
	void reasonsComeHeaviestFirstAndRaiseTheScore() {
		Target honest = new RiskModel(RiskWeights.starting(0, 0)).assess(new ShipmentFactsForTest().build());
		ShipmentFactsForTest barrel = new ShipmentFactsForTest().goods("Personal effects", "980400", 60, 95, 1).to("HT", 1);
		Target suspicious = new RiskModel(RiskWeights.starting(0, 0)).assess(barrel.build());
		assertThat(suspicious.score()).isGreaterThan(honest.score());
		assertThat(suspicious.reasons()).extracting(Target.Reason::weight).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(suspicious.reasons().get(0).figures()).containsExactly("PERSONAL_EFFECTS", 95L, 75L);
	}

	@Test
	void aForwarderWithOneSeizureAmongThousandsIsNotSuspect() {
		assertThat(SeizureHistory.strength(1, 5000)).isLessThan(0.05);
		assertThat(SeizureHistory.strength(5, 100)).isEqualTo(1.0);
		assertThat(SeizureHistory.strength(0, 10)).isZero();
	}

	@Test
	void aHouseholdSendingItsEffectsThreeTimesInAFortnightSendsTooOften() {
		ShipmentFactsForTest barrel = new ShipmentFactsForTest().goods("Personal effects", "980400", 500, 55, 1);
		barrel.senderShipments = 2;
		assertThat(reasons(barrel)).as("a family's barrels home, a fortnight apart").isEmpty();
		barrel.senderShipments = 3;
		assertThat(reasons(barrel)).containsExactly("FREQUENT_SENDER");
		assertThat(new FrequentSender().assess(barrel.build()).orElseThrow().figures()).containsExactly(3,
				TargetingQueries.SENDER_WINDOW_DAYS);
	}

	@Test
	void aBusinessShippingItsGoodsOftenIsNoReasonButAPrivateCarCrossingOftenIs() {
		ShipmentFactsForTest parts = new ShipmentFactsForTest().goods("Auto parts", "870899", 600, 40, 2);
		parts.senderShipments = 8;
		assertThat(reasons(parts)).as("auto parts by sea: trade").isEmpty();
		parts.mode = "PASSENGER_VEHICLE";
		assertThat(reasons(parts)).containsExactly("FREQUENT_SENDER");
	}

	@Test
	void eachFurtherSendingWeighsMoreUpToHalfAgain() {
		ShipmentFactsForTest barrel = new ShipmentFactsForTest().goods("Household goods", "940360", 600, 60, 1);
		barrel.senderShipments = 4;
		double four = new FrequentSender().assess(barrel.build()).orElseThrow().strength();
		barrel.senderShipments = 12;
		double twelve = new FrequentSender().assess(barrel.build()).orElseThrow().strength();
		assertThat(four).isGreaterThan(1.0);
		assertThat(twelve).isGreaterThan(four).isEqualTo(1.5);
	}
}
