package org.irontrace.simulation;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Files seizures as incidents, numbered by each agency per year (e.g. {@code MX-FGR-INC-2021-000042}),
 * and records each in ground truth with the case and organisation behind it.
 */
final class Incidents {

	private final World world;

	private final Dice dice;

	private final Map<String, long[]> numbered = new TreeMap<>();

	Incidents(World world, Dice dice) {
		this.world = world;
		this.dice = dice;
	}

	/** A seizure of {@code guns} guns; {@code group} is the organisation behind them, or null. */
	Incident open(String agency, int day, CriminalGroups.Group group, String caseId, int guns) {
		long number = ++numbered.computeIfAbsent(agency, a -> new long[1])[0];
		String id = agency + "-INC-" + LocalDate.ofEpochDay(day).getYear() + "-" + Text.zeroPadded(number, 6);
		Incident incident = new Incident(id, group, world.groups.asWritten(group, dice));
		world.truth.add(GroundTruth.Section.INCIDENTS, new JsonObject().field("agency", agency)
			.field("incident_id", id)
			.field("date", world.calendar.iso(day))
			.field("guns", guns)
			.field("case_id", caseId)
			.field("criminal_group", incident.groupName())
			.field("criminal_group_written", incident.writtenGroup()));
		return incident;
	}
}
