package org.irontrace.simulation;

import java.util.List;

/**
 * The world's traffickers as the southbound traffic's smugglers: the people who acquired a case's
 * guns (straw purchasers, unlicensed dealers, buyers), by the name and home address they use.
 */
final class Shippers {

	/** The agency the simulated declarations belong to: US Customs and Border Protection. */
	static final String CUSTOMS = "US-CBP";

	/** About one shipment in a hundred carries guns in the simulated week (compressed for a useful demo). */
	static final double SMUGGLING_SHARE = 0.01;

	private Shippers() {
	}

	static void addCrew(TraffickingCase trafficking, List<SouthboundTraffic.Party> shippers) {
		for (Person person : trafficking.crew) {
			Address home = person.home();
			if (home == null) {
				continue;
			}
			String street = home.number() + " " + (home.direction() == null ? "" : home.direction() + " ") + home.street()
					+ " " + home.suffix();
			shippers.add(new SouthboundTraffic.Party(person.givenName() + " " + person.surname(), street,
					home.city().city(), home.city().state(), home.city().postalCode()));
		}
	}
}
