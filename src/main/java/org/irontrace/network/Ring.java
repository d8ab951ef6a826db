package org.irontrace.network;

import java.util.List;
import java.util.Map;

/**
 * A group of people the link graph ties together, with the guns they bought or were found with, the
 * dealers that sold those guns and the corridors the guns travelled.
 *
 * @param members the people, named (and their ids shown) only when the caller may see every contributing
 *        agency's personal data
 * @param purchasers ids of the members who bought crime guns at retail; empty when the ids are withheld
 * @param guns recoveries as {@code agency/recoveryId}, oldest first; a record another installation
 *        granted is written {@code NAME:AGENCY/recoveryId}
 * @param links how many links of each kind hold the ring together
 * @param contributingAgencies the recovering agencies whose records the ring rests on
 */
public record Ring(String ringId, double score, List<Member> members, List<String> purchasers, List<String> licences,
		List<String> guns, List<Corridor> corridors, Map<String, Integer> links, List<String> contributingAgencies) {

	/**
	 * A ring member; id, names and birth date null when withheld.
	 *
	 * @param links what ties the member to the ring's other members: how many links of each kind (the
	 * link kinds of the graph), so an analyst sees why each person is in the ring; null when withheld
	 * @param foreignSources the agencies of other installations ({@code NAME:AGENCY}) whose granted
	 * records the member is in: such a member is read-only here, held by those owners; empty for a
	 * person known only from this installation's records
	 * @param receiver whether the member was found with the ring's guns and bought no crime gun: a
	 * person the ring supplies, not one of its buyers; shown even when the member is withheld
	 * @param beside whether the ring holds the member only loosely: reached by weak ties alone (buying
	 * at the same counters), too few to say they are of the ring, and more of them to people outside
	 * it; seen beside the ring, listed apart; shown even when the member is withheld
	 */
	public record Member(String personId, String firstName, String lastName, String dob, Map<String, Integer> links,
			List<String> foreignSources, boolean receiver, boolean beside) {

		/** Whether the member is known here only through records other installations granted. */
		public boolean foreign() {
			return foreignSources != null && !foreignSources.isEmpty();
		}
	}

	/**
	 * The members who buy for the ring (its crime-gun purchasers and the people tied to them):
	 * everyone but its {@linkplain Member#receiver receivers} and the people {@linkplain Member#beside
	 * seen beside it}.
	 */
	public List<Member> buyers() {
		return members.stream().filter(member -> !member.receiver() && !member.beside()).toList();
	}

	/** The people found with the ring's guns who bought none: those it supplies. */
	public List<Member> receivers() {
		return members.stream().filter(member -> member.receiver() && !member.beside()).toList();
	}

	/** The people the ring holds only loosely: seen beside it, not of it. */
	public List<Member> seenBeside() {
		return members.stream().filter(Member::beside).toList();
	}

	/** Where the ring's guns were sold and where they were recovered. */
	public record Corridor(String sourceState, String recoveryCountry, String recoveryArea, int guns) {
	}
}
