package org.irontrace.simulation;

/**
 * One registered gun leaving lawful hands at home: stolen from or sold on by its holder (a police or
 * army armoury in Mexico and Haiti, licensed civilians and guards in the Caribbean), reported stolen
 * or lost or not reported at all, then recovered in a crime like any trafficked gun.
 */
final class DomesticDiversion {

	/** A holder who sold or used the gun themselves is the one found with it. */
	private static final double HOLDER_IS_POSSESSOR = 0.15;

	private final World world;

	private final Dice dice;

	private final RecoveryReporting reporting;

	private final int firstRegistration;

	DomesticDiversion(World world, RecoveryReporting reporting, int firstRegistration) {
		this.world = world;
		this.dice = world.agencyDice;
		this.reporting = reporting;
		this.firstRegistration = firstRegistration;
	}

	/** Diverts and recovers the gun; answers its registry entry as the registry holds it at the world's end. */
	RegistryEntry divert(RecoveringCountry country, NationalRegistry registry, String registryId, String holderType,
			Gun gun) {
		Holder holder = Holder.of(holderType, country, registry, world, dice);
		int recovered = dice.between(Math.min(world.lastDay(), Math.max(world.firstDay() + 30, holder.adultFrom() + 60)),
				world.lastDay());
		int registeredBy = recovered - dice.between(37, 930);
		int registered = Math.min(recovered - 8,
				dice.between(Math.max(firstRegistration, holder.adultFrom()), Math.max(firstRegistration, registeredBy)));
		int divertedOn = Math.max(registered + 1, recovered - dice.between(7, 900));
		double roll = dice.uniform();
		String status = roll < 0.45 ? "REPORTED_STOLEN" : roll < 0.65 ? "REPORTED_LOST" : "ACTIVE";
		int statusDay = "ACTIVE".equals(status) ? -1 : Math.min(recovered, divertedOn + dice.between(0, 10));
		RegistryEntry entry = new RegistryEntry(country.country(), registryId, gun, holderType, holder.name(),
				holder.person(), registered, status, statusDay);
		ForeignPlace place = world.destinations.anywhereIn(country.country(), dice);
		boolean holderFound = holder.person() != null && dice.chance(HOLDER_IS_POSSESSOR);
		Person possessor = holderFound ? holder.person()
				: dice.chance(0.75) ? world.people.abroad(country.culture(), country.country(), dice) : null;
		if (possessor != null) {
			world.truth.add(GroundTruth.Section.PEOPLE,
					Seizures.personTruth(possessor, holderFound ? "REGISTERED_HOLDER" : "POSSESSOR"));
		}
		String agency = Seizures.agency(country, place, dice);
		String crime = Seizures.crimeCode(country.region(), possessor != null, dice);
		Incident incident = world.incidents.open(agency, recovered, world.groups.behind(place, dice), null, 1);
		String recoveryId = reporting.reportDiverted(gun, DomesticRegistry.pathway(gun, registered), entry, agency,
				recovered, place, crime, possessor, incident);
		world.truth.add(GroundTruth.Section.DOMESTIC_DIVERSIONS, new JsonObject().field("country", country.country())
			.field("registry_id", registryId)
			.field("holder_type", holderType)
			.field("holder", holder.person() == null ? null : holder.person().id())
			.field("status", status)
			.field("diverted_date", world.calendar.iso(divertedOn))
			.field("agency", agency)
			.field("recovery_id", recoveryId)
			.field("possessor_is_holder", holderFound));
		return entry;
	}
}
