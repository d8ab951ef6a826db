package org.irontrace.intel;

import java.util.ArrayList;
import java.util.List;

/** Everything the records hold against one purchaser: crime guns, sale groups, rings. */
final class PersonCase {

	final String personId;

	final List<CrimeGun> guns = new ArrayList<>();

	/** Its crime guns seized in one seizure together with guns other people bought. */
	final List<CrimeGun> seizedWithOthers = new ArrayList<>();

	/** Its crime guns bought within two months of another gun it bought (network_repeat_sale). */
	final List<CrimeGun> boughtAmongOthers = new ArrayList<>();

	final List<SaleGroupFact> saleGroups = new ArrayList<>();

	final List<RingFact> rings = new ArrayList<>();

	LeadPerson named;

	PersonCase(String personId) {
		this.personId = personId;
	}

	/** A multiple sale or split purchase of this person, as stored. */
	record SaleGroupFact(String kind, String category, String firstDay, String lastDay, int sales, List<String> licences) {
	}

	/** A ring this person belongs to. */
	record RingFact(String ringId, int guns, int purchasers) {
	}
}
