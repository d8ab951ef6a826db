package org.irontrace.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a case's recovered guns into seizures: guns recovered close in time are often taken
 * together, at one place from one possessor (co-recovery links guns of a ring). A few guns bound for
 * Mexico are stopped at the crossing by US Customs and Border Protection (outbound interdictions).
 */
final class Seizures {

	static final String BORDER_AGENCY = "US-CBP";

	private static final WeightedTable<String> MEXICO_CRIMES = crimes(30, 25, 20, 12, 5, 5, 3);

	private static final WeightedTable<String> CARIBBEAN_CRIMES = crimes(5, 35, 10, 20, 15, 5, 10);

	private final World world;

	private final RecoveryReporting reporting;

	private final ForeignSupply foreign;

	Seizures(World world, RecoveryReporting reporting, ForeignSupply foreign) {
		this.world = world;
		this.reporting = reporting;
		this.foreign = foreign;
	}

	private static WeightedTable<String> crimes(double organized, double weapons, double drugs, double homicide,
			double assault, double found, double border) {
		WeightedTable<String> table = new WeightedTable<>();
		table.add("ORGANIZED_CRIME", organized);
		table.add("WEAPONS_OFFENSE", weapons);
		table.add("DRUG_TRAFFICKING", drugs);
		table.add("HOMICIDE", homicide);
		table.add("ASSAULT", assault);
		table.add("FOUND_FIREARM", found);
		table.add("BORDER_SEIZURE", border);
		return table;
	}

	void write(TraffickingCase trafficking, List<RecoveredGun> guns) {
		Dice dice = world.dice;
		List<RecoveredGun> sorted = new ArrayList<>(guns);
		sorted.sort(Comparator.comparingInt(RecoveredGun::day));
		List<RecoveredGun> group = new ArrayList<>();
		List<BallisticExaminers.Exhibit> exhibits = new ArrayList<>();
		for (RecoveredGun gun : sorted) {
			if (gun.atBorder()) {
				atBorder(trafficking, gun, dice);
				continue;
			}
			if (!group.isEmpty() && !(dice.chance(0.35) && gun.day() - group.get(0).day() <= 90 && group.size() < 30)) {
				seize(trafficking, group, dice, exhibits);
				group.clear();
			}
			group.add(gun);
		}
		if (!group.isEmpty()) {
			seize(trafficking, group, dice, exhibits);
		}
		world.ballistics.examine(trafficking.id, exhibits);
	}

	private void seize(TraffickingCase trafficking, List<RecoveredGun> group, Dice dice,
			List<BallisticExaminers.Exhibit> exhibits) {
		int day = group.get(group.size() - 1).day();
		ForeignPlace place = world.destinations.recoveryPlace(trafficking.corridor, dice);
		RecoveringCountry country = world.destinations.country(place.country());
		Person possessor = dice.chance(0.8) ? dice.pick(trafficking.receivers) : null;
		String agency = agency(country, place, dice);
		String crime = crimeCode(country.region(), possessor != null, dice);
		if (trafficking.group == null) {
			// The receivers of one case work for one organisation, wherever their guns are seized.
			trafficking.group = world.groups.behind(place, world.agencyDice);
		}
		Incident incident = world.incidents.open(agency, day, trafficking.group, trafficking.id, group.size());
		for (RecoveredGun gun : group) {
			foreign.usSourcedRecovered(country);
			String id = reporting.report(gun.gun(), gun.origin(), agency, day, place, crime, possessor, incident);
			exhibits.add(new BallisticExaminers.Exhibit(agency, id, place.country(), day, crime));
		}
	}

	private void atBorder(TraffickingCase trafficking, RecoveredGun gun, Dice dice) {
		UsCity port = world.places.city(trafficking.corridor.crossing(), dice);
		ForeignPlace place = new ForeignPlace("US", port.state(), port.city(), port.latitude(), port.longitude());
		Person courier = trafficking.recruiter != null && dice.chance(0.3) ? trafficking.recruiter : dice.pick(trafficking.crew);
		Incident stop = world.incidents.open(BORDER_AGENCY, gun.day(), null, trafficking.id, 1);
		reporting.report(gun.gun(), gun.origin(), BORDER_AGENCY, gun.day(), place, "BORDER_SEIZURE", courier, stop);
	}

	/** Mexico's recoveries come from the federal prosecutor (FGR) or the state prosecutor; elsewhere the national police. */
	static String agency(RecoveringCountry country, ForeignPlace place, Dice dice) {
		if (country.stateAgencyPrefix() != null && dice.chance(0.5)) {
			return country.stateAgencyPrefix() + place.area();
		}
		return country.nationalAgency();
	}

	static String crimeCode(Region region, boolean possessed, Dice dice) {
		WeightedTable<String> table = region == Region.MEXICO ? MEXICO_CRIMES : CARIBBEAN_CRIMES;
		String code = table.draw(dice);
		return !possessed && !"FOUND_FIREARM".equals(code) && dice.chance(0.5) ? "FOUND_FIREARM" : code;
	}

	static JsonObject personTruth(Person person, String role) {
		return new JsonObject().field("person_id", person.id())
			.field("role", role)
			.field("given_name", person.givenName())
			.field("middle_name", person.middleName())
			.field("surname", person.surname())
			.field("second_surname", person.secondSurname())
			.field("birth_date", java.time.LocalDate.ofEpochDay(person.birthDay()).toString())
			.field("nationality", person.nationality())
			.field("state", person.home() == null ? null : person.home().city().state())
			.field("id_number", person.idNumber());
	}
}
