package org.irontrace.simulation;

import java.util.List;

/**
 * Guns made abroad and never imported into the US: Central American police and army stocks,
 * Chinese and Balkan AK-pattern rifles, pistols sold directly in Latin America. They have no ledger
 * rows at all; they appear only in recoveries, in the proportion each country publishes (Mexico 70%
 * US-sourced, GAO-21-322; Jamaica 84.0%, the Bahamas 98.8%, Trinidad and Tobago 74.9%).
 */
final class ForeignSupply {

	private final World world;

	private final RecoveryReporting reporting;

	private final long[] usRecovered;

	private final long[] foreignRecovered;

	ForeignSupply(World world, RecoveryReporting reporting) {
		this.world = world;
		this.reporting = reporting;
		int countries = world.destinations.countries().size();
		this.usRecovered = new long[countries];
		this.foreignRecovered = new long[countries];
	}

	/** Counts a recovery of a US-sourced gun in {@code country}, which makes foreign guns due there. */
	void usSourcedRecovered(RecoveringCountry country) {
		usRecovered[world.destinations.countries().indexOf(country)]++;
	}

	/**
	 * The first country owed a foreign gun to keep its published US-sourced share, or null. Countries
	 * that publish no share take the foreign guns their region still needs, the least served first.
	 */
	RecoveringCountry owed() {
		List<RecoveringCountry> countries = world.destinations.countries();
		for (int i = 0; i < countries.size(); i++) {
			RecoveringCountry country = countries.get(i);
			if (country.publishesShare() && due(foreignRecovered[i], usRecovered[i], country.usSourcedShare())) {
				return country;
			}
		}
		for (Region region : Region.values()) {
			long us = 0;
			long foreign = 0;
			RecoveringCountry leastServed = null;
			double lowestRatio = Double.MAX_VALUE;
			for (int i = 0; i < countries.size(); i++) {
				RecoveringCountry country = countries.get(i);
				if (country.region() != region) {
					continue;
				}
				us += usRecovered[i];
				foreign += foreignRecovered[i];
				double ratio = (double) foreignRecovered[i] / Math.max(1, usRecovered[i]);
				if (!country.publishesShare() && usRecovered[i] > 0 && ratio < lowestRatio) {
					leastServed = country;
					lowestRatio = ratio;
				}
			}
			if (leastServed != null && due(foreign, us, leastServed.regionUsSourcedShare())) {
				return leastServed;
			}
		}
		return null;
	}

	private static boolean due(long foreign, long us, double usShare) {
		return foreign + 0.5 <= us * (1 - usShare) / usShare;
	}

	void emit(RecoveringCountry country) {
		Dice dice = world.dice;
		foreignRecovered[world.destinations.countries().indexOf(country)]++;
		GunType type = world.types.recoveredIn(country.region(), dice);
		GunModel model = world.catalogue.draw(country.region().foreignMarket(), type, dice);
		Gun gun = new Gun(model, world.mint.next(model), false);
		int day = dice.between(world.firstDay() + 30, world.lastDay());
		ForeignPlace place = world.destinations.anywhereIn(country.country(), dice);
		Person possessor = dice.chance(0.8) ? world.people.abroad(country.culture(), country.country(), dice) : null;
		String agency = Seizures.agency(country, place, dice);
		String crime = Seizures.crimeCode(country.region(), possessor != null, dice);
		if (possessor != null) {
			world.truth.add(GroundTruth.Section.PEOPLE, Seizures.personTruth(possessor, "POSSESSOR"));
		}
		world.truth.add(GroundTruth.Section.FIREARMS, new JsonObject().field("manufacturer", model.maker())
			.field("serial_number", gun.serial)
			.field("importer", (String) null)
			.field("model", model.model())
			.field("country_of_manufacture", model.country())
			.field("origin", "FOREIGN_NOT_IMPORTED"));
		Incident incident = world.incidents.open(agency, day, world.groups.behind(place, world.agencyDice), null, 1);
		reporting.report(gun, Provenance.foreignNeverImported(), agency, day, place, crime, possessor, incident);
	}
}
