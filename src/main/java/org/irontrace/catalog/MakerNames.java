package org.irontrace.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The manufacturers the catalogue knows, from {@code catalog/manufacturers.tsv}, and the rule that
 * decides whether two written names stand for the same maker.
 *
 * <p>Two names stand for the same maker when they read the same once case, accents, punctuation,
 * spacing, the word {@code AND} (also {@code Y}, {@code ET}, {@code UND}) and trailing company-form
 * words ({@code INC}, {@code S.A. DE C.V.}, {@code GMBH}, {@code MFG} ...) are set aside. Words that
 * tell makers apart ({@code ARMS}, {@code ARMORY}, {@code FIREARMS}) are never set aside: "Springfield
 * Armory" is a maker, a bare "Springfield" is not (it is also Savage's brand and a US arsenal).
 * There is no guessing beyond that: a misspelt name stays unknown rather than being merged with the
 * wrong maker, because a wrong maker sends a trace to the wrong records.
 */
final class MakerNames {

	/** Company-form words a sender may add or leave out; only removed from the end of a name. */
	private static final Set<String> TRAILING_FORMS = Set.of("INC", "INCORPORATED", "CO", "COMPANY", "CORP",
			"CORPORATION", "LLC", "LLP", "LP", "LTD", "LIMITED", "SA", "SAS", "SRL", "SPA", "GMBH", "GESMBH", "AG",
			"KG", "AS", "NV", "BV", "PLC", "PTY", "CIA", "CV", "DE", "SONS", "MFG", "MANUFACTURING", "USA",
			// a home country written after the maker: "Glock Austria", "Taurus Brasil", "Norinco China"
			"AUSTRIA", "BRAZIL", "BRASIL", "ITALY", "ITALIA", "BELGIUM", "BELGIQUE", "GERMANY", "ALEMANIA",
			"ROMANIA", "CHINA", "ARGENTINA", "SPAIN", "ESPANA", "TURKEY", "TURKIYE", "TURQUIA", "SERBIA",
			"CROATIA", "PHILIPPINES", "FILIPINAS", "CANADA");

	/** Words that only join others: "Smith y Wesson", "Heckler und Koch", "Sturm, Ruger & Co.". */
	private static final Set<String> JOINING_WORDS = Set.of("AND", "Y", "ET", "UND");

	private static final MakerNames FROM_FILE = load();

	private final Map<String, Manufacturer> byAlias;

	private final Collection<Manufacturer> makers;

	private MakerNames(Map<String, Manufacturer> byAlias, Collection<Manufacturer> makers) {
		this.byAlias = byAlias;
		this.makers = makers;
	}

	/** The list shipped with IronTrace, read once per class loader. */
	static MakerNames fromFile() {
		return FROM_FILE;
	}

	/** The known maker a written name stands for. */
	Optional<Manufacturer> find(String asWritten) {
		String key = matchKey(asWritten);
		return key == null ? Optional.empty() : Optional.ofNullable(byAlias.get(key));
	}

	/** Every known maker, in file order. */
	Collection<Manufacturer> makers() {
		return makers;
	}

	/** How many written forms (names and aliases) resolve to a maker. */
	int aliasCount() {
		return byAlias.size();
	}

	/**
	 * The form two names are compared in: the words of the name without joining words and without
	 * trailing company-form words, run together so that {@code KEL-TEC} meets {@code KELTEC}.
	 */
	static String matchKey(String asWritten) {
		String words = Spelling.words(asWritten);
		if (words == null) {
			return null;
		}
		List<String> kept = new ArrayList<>(Arrays.asList(words.split(" ")));
		kept.removeIf(JOINING_WORDS::contains);
		if (kept.size() > 1 && kept.get(0).equals("THE")) {
			kept.remove(0);
		}
		while (kept.size() > 1 && TRAILING_FORMS.contains(kept.get(kept.size() - 1))) {
			kept.remove(kept.size() - 1);
		}
		return kept.isEmpty() ? words.replace(" ", "") : String.join("", kept);
	}

	private static MakerNames load() {
		Map<String, Manufacturer> byAlias = new HashMap<>();
		Map<String, Manufacturer> makers = new LinkedHashMap<>();
		for (String[] row : CatalogFile.rows("manufacturers.tsv", 4)) {
			Manufacturer maker = new Manufacturer(row[0].toUpperCase(Locale.ROOT), row[0], true, country(row),
					makesInUs(row));
			if (makers.putIfAbsent(maker.key(), maker) != null) {
				throw new IllegalStateException("manufacturers.tsv lists " + row[0] + " twice");
			}
			List<String> names = new ArrayList<>(CatalogFile.aliases(row[3]));
			names.add(0, row[0]);
			for (String name : names) {
				Manufacturer earlier = byAlias.putIfAbsent(matchKey(name), maker);
				if (earlier != null && earlier != maker) {
					throw new IllegalStateException("manufacturers.tsv: \"" + name + "\" of " + row[0]
							+ " reads the same as a name of " + earlier.name());
				}
			}
		}
		return new MakerNames(Map.copyOf(byAlias), Collections.unmodifiableCollection(makers.values()));
	}

	private static String country(String[] row) {
		String country = row[1].toUpperCase(Locale.ROOT);
		if (country.isEmpty()) {
			return null;
		}
		if (!Arrays.asList(Locale.getISOCountries()).contains(country)) {
			throw new IllegalStateException("manufacturers.tsv: " + row[0] + " has no ISO country: " + row[1]);
		}
		return country;
	}

	private static boolean makesInUs(String[] row) {
		return switch (row[2].toLowerCase(Locale.ROOT)) {
			case "yes" -> true;
			case "no" -> false;
			default -> throw new IllegalStateException("manufacturers.tsv: " + row[0] + " makesInUs must be yes or no");
		};
	}
}
