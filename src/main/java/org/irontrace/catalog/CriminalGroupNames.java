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
 * The criminal groups the catalogue knows, from {@code catalog/criminal_groups.tsv}, and the rule
 * that decides whether two written names stand for the same group: they read the same once case,
 * accents, punctuation, spacing and articles or linking words ({@code Cártel de Sinaloa},
 * {@code CARTEL SINALOA}) are set aside. There is no guessing beyond the aliases: an unknown name
 * stays its own group rather than being counted with the wrong organisation.
 */
final class CriminalGroupNames {

	/** The languages a known group has a display name in, in the order of the file's name columns. */
	static final List<String> LANGUAGES = List.of("es", "en", "fr", "ht", "nl");

	/**
	 * Words that only join or introduce others, in the languages agencies write in: Spanish, English,
	 * French, Haitian Creole ({@code G9 an Fanmi e Alye}, {@code Katèl Ini yo}) and Dutch ({@code Kartel van ...}).
	 */
	private static final Set<String> LINKING_WORDS = Set.of("EL", "LA", "LOS", "LAS", "LE", "LES", "THE", "DE", "DEL",
			"DU", "DES", "OF", "Y", "AND", "ET", "AN", "E", "AK", "NAN", "YO", "HET", "VAN", "EN", "DER");

	private static final CriminalGroupNames FROM_FILE = load();

	private final Map<String, CriminalGroup> byAlias;

	private final Map<String, CriminalGroup> byKey;

	private CriminalGroupNames(Map<String, CriminalGroup> byAlias, Map<String, CriminalGroup> byKey) {
		this.byAlias = byAlias;
		this.byKey = byKey;
	}

	static CriminalGroupNames fromFile() {
		return FROM_FILE;
	}

	/** The known group a written name stands for. */
	Optional<CriminalGroup> find(String asWritten) {
		String key = matchKey(asWritten);
		return key == null ? Optional.empty() : Optional.ofNullable(byAlias.get(key));
	}

	/** The known group with this key. */
	Optional<CriminalGroup> ofKey(String key) {
		return Optional.ofNullable(byKey.get(key));
	}

	/** Every known group, in file order. */
	Collection<CriminalGroup> groups() {
		return Collections.unmodifiableCollection(byKey.values());
	}

	/** The form two names are compared in: their words without linking words, run together ({@code G-9} meets {@code G9}). */
	static String matchKey(String asWritten) {
		String words = Spelling.words(asWritten);
		if (words == null) {
			return null;
		}
		List<String> kept = new ArrayList<>(Arrays.asList(words.split(" ")));
		kept.removeIf(LINKING_WORDS::contains);
		return kept.isEmpty() ? words.replace(" ", "") : String.join("", kept);
	}

	private static CriminalGroupNames load() {
		Map<String, CriminalGroup> byAlias = new HashMap<>();
		Map<String, CriminalGroup> byKey = new LinkedHashMap<>();
		int aliasColumn = 2 + LANGUAGES.size();
		for (String[] row : CatalogFile.rows("criminal_groups.tsv", aliasColumn + 1)) {
			String key = row[0].toUpperCase(Locale.ROOT);
			Map<String, String> displayNames = new LinkedHashMap<>();
			for (int i = 0; i < LANGUAGES.size(); i++) {
				displayNames.put(LANGUAGES.get(i), row[2 + i]);
			}
			CriminalGroup group = new CriminalGroup(key, true, Map.copyOf(displayNames), countries(row));
			if (byKey.putIfAbsent(key, group) != null) {
				throw new IllegalStateException("criminal_groups.tsv lists " + key + " twice");
			}
			List<String> names = new ArrayList<>(CatalogFile.aliases(row[aliasColumn]));
			names.add(row[0]);
			names.addAll(displayNames.values());
			for (String name : names) {
				CriminalGroup earlier = byAlias.putIfAbsent(matchKey(name), group);
				if (earlier != null && earlier != group) {
					throw new IllegalStateException("criminal_groups.tsv: \"" + name + "\" of " + key
							+ " reads the same as a name of " + earlier.key());
				}
			}
		}
		return new CriminalGroupNames(Map.copyOf(byAlias), byKey);
	}

	private static List<String> countries(String[] row) {
		List<String> countries = CatalogFile.aliases(row[1]).stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
		for (String country : countries) {
			if (!Arrays.asList(Locale.getISOCountries()).contains(country)) {
				throw new IllegalStateException("criminal_groups.tsv: " + row[0] + " has no ISO country: " + country);
			}
		}
		return countries;
	}
}
