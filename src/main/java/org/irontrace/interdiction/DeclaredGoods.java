package org.irontrace.interdiction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The declared goods that hide weight, as smugglers choose them (Small Arms Survey 2024: barrels of
 * personal effects, household goods, toys and auto parts), with what an honest consignment of each
 * weighs and is worth, and the tariff chapters it is declared under. Read from the description in
 * words, since that is what the shipper writes.
 */
enum DeclaredGoods {

	PERSONAL_EFFECTS(75, 2.5, Set.of("62", "61", "63", "64", "98", "33"), "personal effects", "used clothing", "clothes",
			"clothing", "household effects", "shoes"),
	HOUSEHOLD_GOODS(90, 3, Set.of("94", "84", "85", "73", "69", "19", "20", "21", "39", "98"), "household goods",
			"furniture", "kitchen", "appliance", "food", "groceries", "canned"),
	TOYS(15, 6, Set.of("95"), "toys", "toy", "games", "dolls"),
	AUTO_PARTS(60, 4, Set.of("87", "84", "85", "40", "73"), "auto parts", "car parts", "spare parts", "engine",
			"tires", "brake");

	/** Kilograms per package above which an honest consignment of these goods is rare. */
	final double heaviestHonestPackage;

	/** Dollars per kilogram below which a declared value is hard to believe for these goods. */
	final double cheapestHonestValue;

	/** Tariff chapters these goods are declared under. */
	final Set<String> chapters;

	private final List<String> words;

	DeclaredGoods(double heaviestHonestPackage, double cheapestHonestValue, Set<String> chapters, String... words) {
		this.heaviestHonestPackage = heaviestHonestPackage;
		this.cheapestHonestValue = cheapestHonestValue;
		this.chapters = chapters;
		this.words = List.of(words);
	}

	/** Words that say a consignment is, or holds, arms, ammunition or their parts. */
	private static final List<String> ARMS_WORDS = List.of("firearm", "gun", "rifle", "pistol", "revolver", "shotgun",
			"ammunition", "ammo", "cartridge", "magazine", "receiver", "holster", "scope", "hunting", "sporting arms",
			"weapon");

	/** The goods the description declares, or null when it declares none of these. */
	static DeclaredGoods readFrom(String description) {
		if (description == null) {
			return null;
		}
		String lower = description.toLowerCase(Locale.ROOT);
		for (DeclaredGoods goods : values()) {
			if (goods.words.stream().anyMatch(lower::contains)) {
				return goods;
			}
		}
		return null;
	}

	/** The first word of the description that speaks of arms, or null. */
	static String armsWordIn(String description) {
		if (description == null) {
			return null;
		}
		String lower = description.toLowerCase(Locale.ROOT);
		return ARMS_WORDS.stream().filter(lower::contains).findFirst().orElse(null);
	}

	/** The chapter (first two digits) of a tariff code, or null when it has fewer than two digits. */
	static String chapterOf(String hsCode) {
		if (hsCode == null) {
			return null;
		}
		String digits = hsCode.replaceAll("[^0-9]", "");
		return digits.length() < 2 ? null : digits.substring(0, 2);
	}
}
