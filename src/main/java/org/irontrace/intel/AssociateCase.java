package org.irontrace.intel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the records hold against a buyer none of whose own guns has been recovered: the likely straw
 * purchasers who gave the same address on sale forms, those at whose counters they bought in the same
 * weeks, how often they bought gun after gun, and their rings.
 */
final class AssociateCase {

	final String personId;

	LeadPerson named;

	/** Likely straw purchasers (people with a person lead on their own crime guns) at the same address. */
	final Set<String> sameAddress = new TreeSet<>();

	/** Likely straw purchasers at whose counters this person bought within two months of them. */
	final Set<String> boughtBeside = new TreeSet<>();

	/** The agencies whose records raised those straw purchasers' leads. */
	final Set<String> agencies = new TreeSet<>();

	/** The most guns bought within two months, and on how many purchases (network_repeat_sale); 0 if never. */
	int mostGunsInTwoMonths;

	int repeatPurchases;

	final List<PersonCase.RingFact> rings = new ArrayList<>();

	AssociateCase(String personId) {
		this.personId = personId;
	}
}
