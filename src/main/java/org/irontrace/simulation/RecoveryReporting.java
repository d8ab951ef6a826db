package org.irontrace.simulation;

/**
 * Reports one recovered gun: writes the agency's recoveries.csv row with the noise of real reports,
 * submits it for tracing (or leaves it in the backlog), writes the possessor's person record and the
 * recovery's ground truth, and counts it for calibration.
 */
final class RecoveryReporting {

	private final World world;

	/** Describes guns diverted from a domestic registry, drawn apart so the world's first files keep their draws. */
	private final RecoveryDescriber domesticDescriber;

	RecoveryReporting(World world) {
		this.world = world;
		this.domesticDescriber = new RecoveryDescriber(world.agencyDice);
	}

	/** A US-trafficked or foreign-made gun; answers the recovery id. */
	String report(Gun gun, Provenance origin, String agency, int day, ForeignPlace place, String crimeCode,
			Person possessor, Incident incident) {
		TraceRequest.Pathway pathway = origin.foreign() ? TraceRequest.Pathway.FOREIGN_NEVER_IMPORTED
				: TraceRequest.Pathway.US_COMMERCE;
		Reported reported = write(gun, pathway, world.dice, world.describer, true, origin, agency, day, place, crimeCode,
				possessor, incident);
		world.truth.add(GroundTruth.Section.RECOVERIES,
				reported.truth().field("origin", origin.foreign() ? "FOREIGN_NOT_IMPORTED" : "US_TRAFFICKED"));
		return reported.id();
	}

	/** A gun of the recovering country's own registry, diverted at home; answers the recovery id. */
	String reportDiverted(Gun gun, TraceRequest.Pathway pathway, RegistryEntry entry, String agency, int day,
			ForeignPlace place, String crimeCode, Person possessor, Incident incident) {
		Provenance none = new Provenance(null, null, null, -1, pathway == TraceRequest.Pathway.FOREIGN_NEVER_IMPORTED);
		// The published US-sourced shares describe guns trafficked in or foreign-made: home diversions are counted apart.
		Reported reported = write(gun, pathway, world.agencyDice, domesticDescriber, false, none, agency, day, place,
				crimeCode, possessor, incident);
		world.truth.add(GroundTruth.Section.RECOVERIES, reported.truth().field("origin", "DOMESTIC_DIVERSION")
			.field("registry_country", entry.country())
			.field("registry_id", entry.registryId())
			.field("holder_type", entry.holderType()));
		return reported.id();
	}

	private record Reported(String id, JsonObject truth) {
	}

	private Reported write(Gun gun, TraceRequest.Pathway pathway, Dice dice, RecoveryDescriber describer,
			boolean calibrated, Provenance origin, String agency, int day, ForeignPlace place, String crimeCode, Person possessor,
			Incident incident) {
		String country = place.country();
		double obliteration = "MX".equals(country) ? 0.14 : "US".equals(country) ? 0.05 : 0.07;
		FirearmDescription seen = describer.describe(gun, country, obliteration);
		RecordedPerson written = possessor == null ? null : world.recorder.onRecovery(possessor, dice);
		String id = world.recoveries.write(agency, day, place, dice.chance(0.7), crimeCode, seen, written, incident);
		TraceExpectation expected = TraceExpectation.of(seen, gun, origin.foreign(), day);
		if (calibrated) {
			int recordedTtc = gun.firstSaleDay >= 0 && gun.firstSaleDay <= day ? day - gun.firstSaleDay : -1;
			world.tally.recovery(world.destinations.country(country), origin, gun.model.type(), expected, recordedTtc);
		}
		TraceOutcome trace = world.traceDesk.submit(new TraceRequest(agency, id, country, day, seen, gun, pathway));
		if (possessor != null) {
			world.truth.add(GroundTruth.Section.PERSON_RECORDS, new JsonObject().field("record", "recovery")
				.field("agency", agency)
				.field("recovery_id", id)
				.field("person", possessor.id()));
		}
		JsonObject truth = new JsonObject().field("agency", agency)
			.field("recovery_id", id)
			.field("manufacturer", gun.model.maker())
			.field("serial_number", gun.serial)
			.field("importer", gun.model.importer())
			.field("us_sourced", pathway != TraceRequest.Pathway.FOREIGN_NEVER_IMPORTED)
			.field("case_id", origin.caseId())
			.field("channel", origin.channel() == null ? null : origin.channel().name())
			.field("source_state", origin.sourceState())
			.field("first_sale_date", origin.trueSaleDay() < 0 ? null : world.calendar.iso(origin.trueSaleDay()))
			.field("time_to_crime_days", origin.trueSaleDay() < 0 ? -1 : day - origin.trueSaleDay())
			.field("possessor", possessor == null ? null : possessor.id())
			.field("expected_status", expected.status())
			.field("expected_reason", expected.reason())
			.field("incident_id", incident.id())
			.field("criminal_group", incident.groupName());
		return new Reported(id, trace.addTo(truth, world.calendar));
	}
}
