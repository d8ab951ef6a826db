package org.irontrace.intel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.irontrace.platform.Wording;

/**
 * Weighs the indicators against one purchaser. Time-to-crime weighs most (ATF: under 3 years
 * suspect, under 1 year strongly); buying patterns the multiple-sale forms were written for come
 * next; being found without one's own gun, abroad, with a cartel's model, add to it. A lead is raised
 * only when the weight is well above what one lawfully sold gun that later went astray collects.
 * <p>
 * What counts is evidence of diversion, not of owning many guns. Several crime guns weigh only when
 * they were bought within a year of each other and recovered within three years of sale (ATF's line):
 * a buyer for others buys in a burst, a collector whose old guns drift south, or a lawful owner whose
 * guns were stolen years apart, does not.
 * <p>
 * A gun seized in one seizure together with guns other people bought was gathered into someone's
 * stock from several buyers: that is a trafficker's cache, while a lawful owner's stolen gun turns
 * up on its own. It weighs as much as belonging to a ring, because it is the direct evidence a ring
 * link only infers, and once however many such guns there are: the cache is one story.
 * <p>
 * Buying gun after gun within weeks is what ATF lists among a straw purchaser's habits, and what the
 * multiple-sale forms catch only when the guns fall within five business days. A gun recovered
 * within three years that was one of several bought within two months weighs as much as one
 * multiple sale; a collector's old guns, recovered years later, do not count.
 */
final class StrawPurchaserAssessment {

	static final double THRESHOLD = 5.0;

	/** Recovered this long after the sale or later, a gun has most likely changed hands since (ATF: 3 years). */
	static final int LONG_AFTER_SALE_DAYS = 1095;

	/** Crime guns bought within this many days of each other were bought in one burst. */
	static final int ONE_BURST_DAYS = 365;

	/** What a seizure that holds other buyers' guns beside this person's adds, once. */
	static final double SEIZED_WITH_OTHERS = 2.0;

	/** What a quickly recovered gun bought among other guns within weeks adds, once. */
	static final double BOUGHT_AMONG_OTHERS = 2.0;

	/** What the tracing authority's word that a gun was sold in a multiple sale adds, once: one multiple sale's weight. */
	static final double REPORTED_MULTIPLE_SALE = 2.0;

	LeadDraft assess(PersonCase person) {
		List<Evidence> evidence = new ArrayList<>();
		double score = 0;
		List<CrimeGun> guns = person.guns;
		List<CrimeGun> under1 = select(guns, g -> g.timeToCrimeDays() != null && g.timeToCrimeDays() < 365);
		List<CrimeGun> under3 = select(guns, g -> g.timeToCrimeDays() != null && g.timeToCrimeDays() >= 365 && g.timeToCrimeDays() < 1095);
		score += 3.0 * under1.size() + 1.5 * under3.size();
		add(evidence, "TIME_TO_CRIME_UNDER_1_YEAR", under1, "recovered less than a year after this person bought it");
		add(evidence, "TIME_TO_CRIME_UNDER_3_YEARS", under3, "recovered within three years of this person buying it");
		List<CrimeGun> others = select(guns, CrimeGun::possessorIsSomeoneElse);
		score += 1.0 * others.size();
		add(evidence, "PURCHASER_NOT_POSSESSOR", others, "found in the hands of someone else, not the buyer");
		List<CrimeGun> abroad = select(guns, CrimeGun::crossedBorder);
		score += 1.0 * abroad.size();
		add(evidence, "CROSS_BORDER_RECOVERY", abroad, "sold in the US and recovered abroad");
		List<CrimeGun> cartel = select(guns, CrimeGun::cartelFavoured);
		score += 1.0 * cartel.size();
		add(evidence, "CARTEL_FAVOURED_MODEL", cartel, "a model cartels favour (AK or AR pattern, .50 BMG, FN 5.7x28)");
		List<CrimeGun> obliterated = select(guns, CrimeGun::serialObliterated);
		score += 1.0 * obliterated.size();
		add(evidence, "OBLITERATED_SERIAL", obliterated, "recovered with the serial number ground off");
		score += person.seizedWithOthers.isEmpty() ? 0 : SEIZED_WITH_OTHERS;
		add(evidence, "SEIZED_WITH_OTHER_BUYERS_GUNS", person.seizedWithOthers,
				"seized in one seizure together with guns other people bought");
		// A gun recovered soon after a sale that was one of several bought within weeks: the buying pattern without a multiple-sale form.
		List<CrimeGun> amongOthers = select(person.boughtAmongOthers, g -> g.timeToCrimeDays() != null && g.timeToCrimeDays() < LONG_AFTER_SALE_DAYS);
		score += amongOthers.isEmpty() ? 0 : BOUGHT_AMONG_OTHERS;
		add(evidence, "BOUGHT_AMONG_OTHER_GUNS", amongOthers, "bought within two months of other guns this person bought");
		// Guns recovered soon after a sale, bought within a year of each other: a buyer for others buys in a burst.
		List<CrimeGun> recent = select(guns, g -> g.timeToCrimeDays() == null || g.timeToCrimeDays() < LONG_AFTER_SALE_DAYS);
		List<CrimeGun> burst = select(recent, g -> recent.stream().anyMatch(other -> other != g && boughtInOneBurst(g, other)));
		if (burst.size() >= 2) {
			score += 2.0;
			evidence.add(Evidence.of("SEVERAL_CRIME_GUNS", burst.size() + " guns this person bought within a year of each other were"
					+ " recovered in crime", burst.stream().map(CrimeGun::reference).toList(),
					Wording.of("SEVERAL_CRIME_GUNS", burst.size())));
		}
		// The tracing authority's answer says the sale was one of a multiple sale. An agency without the
		// ledger cannot see the group itself; where the ledger shows it, the group below counts instead.
		List<CrimeGun> reported = select(recent, CrimeGun::reportedMultipleSale);
		if (!reported.isEmpty() && person.saleGroups.stream().noneMatch(group -> group.kind().equals("MULTIPLE_SALE"))) {
			score += REPORTED_MULTIPLE_SALE;
			add(evidence, "REPORTED_MULTIPLE_SALE", reported, "reported by the tracing authority as sold in a multiple sale");
		}
		for (PersonCase.SaleGroupFact group : person.saleGroups) {
			boolean split = group.kind().equals("SPLIT_PURCHASE");
			score += split ? 3.0 : 2.0;
			String what = group.category().equals("HANDGUN") ? "handguns" : "centrefire rifles (Form 3310.12 states)";
			evidence.add(Evidence.of(group.kind(), split
					? "bought " + group.sales() + " " + what + " from " + group.licences().size() + " different dealers between "
							+ group.firstDay() + " and " + group.lastDay() + ", one at each, staying under the multiple-sale report"
					: "bought " + group.sales() + " " + what + " within 5 business days (" + group.firstDay() + " to "
							+ group.lastDay() + "): a multiple sale", group.licences(),
					Wording.of(group.kind() + "_" + group.category(), group.sales(), group.licences().size(), group.firstDay(),
							group.lastDay())));
		}
		score += rings(person.rings, evidence);
		if (score < THRESHOLD || guns.isEmpty()) {
			return null;
		}
		List<String> agencies = guns.stream().map(CrimeGun::agency).distinct().sorted().toList();
		String summary = "Likely straw purchaser: " + guns.size() + " crime gun(s) bought, " + under1.size()
				+ " recovered within a year, " + abroad.size() + " abroad" + (person.saleGroups.isEmpty() ? ""
						: ", " + person.saleGroups.size() + " multiple-sale or split-purchase pattern(s)");
		return new LeadDraft(LeadType.PERSON, person.personId, score, summary, evidence,
				List.of(person.named == null ? new LeadPerson(person.personId, null, null, null) : person.named),
				guns.stream().map(CrimeGun::licence).distinct().toList(), agencies,
				Wording.of("STRAW_PURCHASER", guns.size(), under1.size(), abroad.size(), person.saleGroups.size()));
	}

	/** A ring of three crime guns or more weighs 2 on each of its buyers: the weight the rings add, their evidence written. */
	static double rings(List<PersonCase.RingFact> rings, List<Evidence> evidence) {
		double score = 0;
		for (PersonCase.RingFact ring : rings) {
			if (ring.guns() >= 3) {
				score += 2.0;
				evidence.add(Evidence.of("RING_MEMBER", "linked to a ring of " + ring.purchasers() + " purchasers and "
						+ ring.guns() + " crime guns", List.of(ring.ringId()),
						Wording.of("RING_MEMBER", ring.purchasers(), ring.guns())));
			}
		}
		return score;
	}

	private static boolean boughtInOneBurst(CrimeGun a, CrimeGun b) {
		return a.saleDate() != null && b.saleDate() != null
				&& Math.abs(a.saleDate().toEpochDay() - b.saleDate().toEpochDay()) <= ONE_BURST_DAYS;
	}

	private static List<CrimeGun> select(List<CrimeGun> guns, Predicate<CrimeGun> test) {
		return guns.stream().filter(test).toList();
	}

	private static void add(List<Evidence> evidence, String indicator, List<CrimeGun> guns, String words) {
		if (guns.isEmpty()) {
			return;
		}
		String list = String.join("; ", guns.stream().limit(5).map(g -> g.description() + " (recovery " + g.reference()
				+ ", " + g.recoveryDate() + (g.timeToCrimeDays() == null ? "" : ", " + g.timeToCrimeDays() + " days after sale") + ")").toList());
		evidence.add(Evidence.of(indicator, guns.size() + " gun(s) " + words + ": " + list,
				guns.stream().map(CrimeGun::reference).toList(),
				Wording.of(indicator, guns.size(), guns.stream().limit(5).map(StrawPurchaserAssessment::gun).toList())));
	}

	/** One gun of the list, its type a code of the firearm-type list. */
	private static Wording gun(CrimeGun g) {
		Wording type = g.firearmType() == null ? null : Wording.of("firearmType." + g.firearmType());
		return g.timeToCrimeDays() == null
				? Wording.of("GUN", g.makeModel(), type, g.serialNumber(), g.reference(), String.valueOf(g.recoveryDate()))
				: Wording.of("GUN_AFTER_SALE", g.makeModel(), type, g.serialNumber(), g.reference(),
						String.valueOf(g.recoveryDate()), g.timeToCrimeDays());
	}
}
