package org.irontrace.simulation;

/**
 * Reports one recovered gun: writes the agency's recoveries.csv row with the noise of real reports,
 * the possessor's person record and the recovery's ground truth, and counts it for calibration.
 */
final class RecoveryReporting {

	private final World world;

	RecoveryReporting(World world) {
		this.world = world;
	}

	void report(Gun gun, Provenance origin, String agency, int day, ForeignPlace place, String crimeCode,
			Person possessor) {
		Dice dice = world.dice;
		String country = place.country();
		double obliteration = "MX".equals(country) ? 0.14 : "US".equals(country) ? 0.05 : 0.07;
		FirearmDescription seen = world.describer.describe(gun, country, obliteration);
		RecordedPerson written = possessor == null ? null : world.recorder.onRecovery(possessor, dice);
		String id = world.recoveries.write(agency, day, place, dice.chance(0.7), crimeCode, seen, written);
		TraceExpectation expected = TraceExpectation.of(seen, gun, origin.foreign(), day);
		int recordedTtc = gun.firstSaleDay >= 0 && gun.firstSaleDay <= day ? day - gun.firstSaleDay : -1;
		world.tally.recovery(world.destinations.country(country), origin, gun.model.type(), expected, recordedTtc);
		if (possessor != null) {
			world.truth.add(GroundTruth.Section.PERSON_RECORDS, new JsonObject().field("record", "recovery")
				.field("agency", agency)
				.field("recovery_id", id)
				.field("person", possessor.id()));
		}
		world.truth.add(GroundTruth.Section.RECOVERIES, new JsonObject().field("agency", agency)
			.field("recovery_id", id)
			.field("manufacturer", gun.model.maker())
			.field("serial_number", gun.serial)
			.field("importer", gun.model.importer())
			.field("us_sourced", !origin.foreign())
			.field("case_id", origin.caseId())
			.field("channel", origin.channel() == null ? null : origin.channel().name())
			.field("source_state", origin.sourceState())
			.field("first_sale_date", origin.trueSaleDay() < 0 ? null : world.calendar.iso(origin.trueSaleDay()))
			.field("time_to_crime_days", origin.trueSaleDay() < 0 ? -1 : day - origin.trueSaleDay())
			.field("possessor", possessor == null ? null : possessor.id())
			.field("expected_status", expected.status())
			.field("expected_reason", expected.reason()));
	}
}
