package org.irontrace.intel;

import java.util.ArrayList;
import java.util.List;

import org.irontrace.platform.Wording;

/**
 * Weighs what ties a buyer with no recovered gun to likely straw purchasers. Rings recruit from one
 * household or one flat: the ring's buyers give a couple of addresses between them, and only some of
 * their guns are ever recovered. A buyer who gave a likely straw purchaser's address on sale forms,
 * and who also bought at the same counters in the same weeks, or bought gun after gun, or sits in the
 * same ring, is a lead before any gun of theirs turns up: the guns still on their way south.
 * <p>
 * The address alone raises nothing (a relative may own one gun lawfully), nor does the ring it puts
 * them in; it must be met by buying that looks like the ring's. The weights are on
 * {@link StrawPurchaserAssessment}'s scale: the address weighs 4, as much as one gun recovered within a
 * year with one of its whereabouts (3 and 1), since it ties this buyer to a person whose own crime guns
 * make them a likely straw purchaser; each further straw purchaser there 2; buying beside them and
 * buying gun after gun 2 each, as a multiple sale; each ring as for a crime-gun buyer.
 */
final class AssociateAssessment {

	/** A likely straw purchaser's address given on one's own sale forms. */
	static final double SAME_ADDRESS = 4.0;

	/** Each further likely straw purchaser at that address, up to {@link #FURTHER_AT_MOST}. */
	static final double FURTHER_AT_ADDRESS = 2.0;

	static final int FURTHER_AT_MOST = 2;

	/** Bought at a likely straw purchaser's counters within two months of them, once. */
	static final double BOUGHT_BESIDE = 2.0;

	/** Bought another gun within two months of a purchase, once. */
	static final double GUN_AFTER_GUN = 2.0;

	LeadDraft assess(AssociateCase person) {
		if (person.sameAddress.isEmpty()) {
			return null;
		}
		List<Evidence> evidence = new ArrayList<>();
		int further = Math.min(FURTHER_AT_MOST, person.sameAddress.size() - 1);
		double score = SAME_ADDRESS + FURTHER_AT_ADDRESS * further;
		List<String> atAddress = List.copyOf(person.sameAddress);
		evidence.add(Evidence.of("SHARES_ADDRESS_WITH_STRAW_PURCHASER", "gave on sale forms the address of " + atAddress.size()
				+ " likely straw purchaser(s): " + String.join(", ", atAddress), atAddress,
				Wording.of("SHARES_ADDRESS_WITH_STRAW_PURCHASER", atAddress.size(), String.join(", ", atAddress))));
		if (!person.boughtBeside.isEmpty()) {
			score += BOUGHT_BESIDE;
			List<String> beside = List.copyOf(person.boughtBeside);
			evidence.add(Evidence.of("BOUGHT_BESIDE_STRAW_PURCHASER", "bought at the same counters within two months of "
					+ beside.size() + " likely straw purchaser(s): " + String.join(", ", beside), beside,
					Wording.of("BOUGHT_BESIDE_STRAW_PURCHASER", beside.size(), String.join(", ", beside))));
		}
		if (person.mostGunsInTwoMonths >= 2) {
			score += GUN_AFTER_GUN;
			evidence.add(Evidence.of("BUYS_GUN_AFTER_GUN", "bought up to " + person.mostGunsInTwoMonths
					+ " guns within two months; " + person.repeatPurchases + " purchase(s) came within two months of another",
					List.of(), Wording.of("BUYS_GUN_AFTER_GUN", person.mostGunsInTwoMonths, person.repeatPurchases)));
		}
		score += StrawPurchaserAssessment.rings(person.rings, evidence);
		if (person.boughtBeside.isEmpty() && person.mostGunsInTwoMonths < 2 || score < StrawPurchaserAssessment.THRESHOLD) {
			// The address with nothing that looks like the ring's buying (the address alone may well put
			// them in its ring): a household, not yet a lead.
			return null;
		}
		String summary = "Buys beside likely straw purchasers: gave the address of " + atAddress.size()
				+ " of them on sale forms; no gun of theirs recovered yet";
		return new LeadDraft(LeadType.PERSON, person.personId, score, summary, evidence,
				List.of(person.named == null ? new LeadPerson(person.personId, null, null, null) : person.named), List.of(),
				List.copyOf(person.agencies), Wording.of("STRAW_ASSOCIATE", atAddress.size()));
	}
}
