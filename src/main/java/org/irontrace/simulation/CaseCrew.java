package org.irontrace.simulation;

/**
 * Recruits the people and picks the dealers of a new case. Straw rings grow with the case: about one
 * purchaser per five guns, each a clean-record local resident; the recruiter is often a national of
 * the destination country. Only straw rings and unlicensed dealers deal with corrupt dealers.
 */
final class CaseCrew {

	private final World world;

	CaseCrew(World world) {
		this.world = world;
	}

	void assemble(TraffickingCase trafficking) {
		Dice dice = world.dice;
		String state = trafficking.sourceState;
		int dealerCount = dice.between(2, 6);
		for (int i = 0; i < dealerCount; i++) {
			trafficking.dealers.add(world.licensees.dealerIn(state, dice));
		}
		boolean dealsWithCorrupt = trafficking.channel == TraffickingChannel.STRAW_PURCHASE
				|| trafficking.channel == TraffickingChannel.UNLICENSED_DEALING;
		if (dealsWithCorrupt && !world.licensees.corruptIn(state).isEmpty() && dice.chance(0.4)) {
			trafficking.corruptDealer = dice.pick(world.licensees.corruptIn(state));
			trafficking.dealers.add(0, trafficking.corruptDealer);
		}
		RecoveringCountry destination = world.destinations.country(trafficking.corridor.destinationCountry());
		int size = trafficking.size;
		if (trafficking.channel == TraffickingChannel.STRAW_PURCHASE) {
			trafficking.recruiter = dice.chance(0.45)
					? world.people.abroad(destination.culture(), destination.country(), dice)
					: member(destination, state, dice);
			int members = Math.min(15, 1 + size / 5 + dice.between(0, 1));
			for (int i = 0; i < members; i++) {
				trafficking.crew.add(member(destination, state, dice));
			}
		}
		else {
			trafficking.crew.add(member(destination, state, dice));
			if (size > 20) {
				trafficking.crew.add(member(destination, state, dice));
			}
		}
		int receivers = 1 + Math.min(4, size / 10);
		for (int i = 0; i < receivers; i++) {
			trafficking.receivers.add(world.people.abroad(destination.culture(), destination.country(), dice));
		}
	}

	/** A local recruit: often from the destination's diaspora, otherwise anyone. */
	private Person member(RecoveringCountry destination, String state, Dice dice) {
		Culture culture = dice.chance(0.7) ? destination.culture() : Culture.ANGLO;
		return world.people.resident(culture, world.places.city(state, dice), 21, 45, dice);
	}
}
