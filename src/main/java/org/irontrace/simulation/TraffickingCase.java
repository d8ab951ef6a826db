package org.irontrace.simulation;

import java.util.ArrayList;
import java.util.List;

/**
 * One trafficking case as an investigator would open it: a straw ring with its recruiter, an
 * unlicensed dealer, a burglary crew, an online or gun-show buyer; the dealers it bought from
 * (perhaps a corrupt one), the corridor it used, and the people across the border who received the
 * guns (the possessors when guns are recovered).
 */
final class TraffickingCase {

	final String id;

	final TraffickingChannel channel;

	final Corridor corridor;

	final String sourceState;

	final int size;

	/** Who organised a straw ring and paid its purchasers; null for other channels. */
	Person recruiter;

	/** Straw purchasers, or the unlicensed dealer / buyer / thief who acquired the guns. */
	final List<Person> crew = new ArrayList<>();

	/** The dealers the case bought from. */
	final List<Licensee> dealers = new ArrayList<>();

	/** A corrupt dealer that supplied the case, or null. */
	Licensee corruptDealer;

	/** The organisation the receivers work for (chosen at the first seizure), null where none is named. */
	CriminalGroups.Group group;

	/** Receivers across the border: the possessors of recovered guns. */
	final List<Person> receivers = new ArrayList<>();

	TraffickingCase(String id, TraffickingChannel channel, Corridor corridor, String sourceState, int size) {
		this.id = id;
		this.channel = channel;
		this.corridor = corridor;
		this.sourceState = sourceState;
		this.size = size;
	}

	Region region() {
		return corridor.region();
	}

	JsonObject truth() {
		return new JsonObject().field("case_id", id)
			.field("channel", channel.name())
			.field("corridor", corridor.name())
			.field("source_state", sourceState)
			.field("destination_country", corridor.destinationCountry())
			.field("guns", size)
			.field("recruiter", recruiter == null ? null : recruiter.id())
			.field(channel == TraffickingChannel.STRAW_PURCHASE ? "straw_purchasers" : "traffickers", ids(crew))
			.field("receivers", ids(receivers))
			.field("corrupt_dealer", corruptDealer == null ? null : corruptDealer.number())
			.field("dealers", dealers.stream().map(Licensee::number).distinct().toList());
	}

	private static List<String> ids(List<Person> people) {
		return people.stream().map(Person::id).toList();
	}
}
