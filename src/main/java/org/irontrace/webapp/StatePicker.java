package org.irontrace.webapp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.irontrace.platform.Accents;

/**
 * The states a filter and the trace form's place of recovery offer by name in the page's language,
 * so that nobody has to know that Tamaulipas is "TAM": Mexico's 32 federal entities and the states of the United States (where
 * border agencies recover guns and where crime guns were first sold). The country whose states an
 * analyst most likely means comes first: the United States' when the filter's country is the US,
 * Mexico's otherwise. When the filter's country is one of the Caribbean countries the list also
 * holds (Jamaica's parishes, Haiti's departments, Trinidad and Tobago's corporations, the Dominican
 * Republic's provinces, the Bahamas' districts), only its divisions are offered: their codes repeat
 * other countries' ("01" is Kingston and the Distrito Nacional, "AR" Artibonite and Arkansas), so a
 * code is named by its country wherever one is known. A code in force that no list holds stays
 * offered as itself, so that a bookmarked view keeps its filter.
 *
 * <p>The names are the bundled list {@code webapp/states.tsv}, which cites its sources.
 */
record StatePicker(List<Group> groups, String chosen, State kept) {

	/** One state: its ISO 3166-2 code without the country prefix, and its name in the page's language. */
	record State(String code, String name) {
	}

	/** The states of one country, named by the country (in the page's language), sorted by name. */
	record Group(String country, String label, List<State> states) {
	}

	private static final String LIST = "/webapp/states.tsv";

	private static final List<String[]> ROWS = read();

	/** The two countries whose states every filter offers; their codes never repeat each other's. */
	private static final List<String> BORDER = List.of("MX", "US");

	static StatePicker in(Locale language, String country, String chosenCode) {
		int column = column(language.getLanguage());
		String chosen = chosenCode == null || chosenCode.isBlank() ? null : chosenCode.trim().toUpperCase(Locale.ROOT);
		Collator byName = Collator.getInstance(ReadersCountry.localeData(language));
		boolean caribbean = country != null && !BORDER.contains(country)
				&& ROWS.stream().skip(1).anyMatch(row -> row[0].equals(country));
		List<String> offered = caribbean ? List.of(country) : "US".equals(country) ? List.of("US", "MX") : BORDER;
		List<Group> groups = new ArrayList<>();
		for (String each : offered) {
			List<State> states = ROWS.stream()
				.filter(row -> row[0].equals(each))
				.map(row -> new State(row[1], row[column]))
				.sorted(Comparator.comparing(State::name, byName))
				.toList();
			groups.add(new Group(each, new Locale("", each).getDisplayCountry(ReadersCountry.localeData(language)), states));
		}
		boolean known = chosen == null
				|| groups.stream().anyMatch(group -> group.states().stream().anyMatch(state -> state.code().equals(chosen)));
		return new StatePicker(List.copyOf(groups), chosen, known ? null : new State(chosen, chosen));
	}

	/**
	 * A Mexican or US state's name in the page's language (a source state, or a place whose country
	 * is not known), or the code itself when neither list holds it.
	 */
	static String nameOf(String code, Locale language) {
		int column = column(language.getLanguage());
		return ROWS.stream()
			.skip(1)
			.filter(row -> BORDER.contains(row[0]) && row[1].equals(code))
			.map(row -> row[column])
			.findFirst()
			.orElse(code);
	}

	/** A division of a country by name in the page's language, or the code itself when the list does not hold it. */
	static String nameOf(String country, String code, Locale language) {
		if (country == null) {
			return nameOf(code, language);
		}
		int column = column(language.getLanguage());
		return ROWS.stream()
			.skip(1)
			.filter(row -> row[0].equals(country) && row[1].equals(code))
			.map(row -> row[column])
			.findFirst()
			.orElse(code);
	}

	/** The countries whose divisions the list holds, in its order: Mexico and the United States first. */
	static List<String> listedCountries() {
		return ROWS.stream().skip(1).map(row -> row[0]).distinct().toList();
	}

	/**
	 * The code of one of a country's divisions as an analyst writes it: its code, or its name in any
	 * of the list's languages, whatever the case, accents or punctuation ("saint ann", "St. Ann" and
	 * "Atibonit" are Jamaica's 06 and Haiti's AR). Read within the country only, because codes and
	 * names repeat across countries. Empty when the country's list holds no such division.
	 */
	static Optional<String> findCode(String country, String written) {
		if (country == null || written == null || written.isBlank()) {
			return Optional.empty();
		}
		String wanted = comparable(written);
		return ROWS.stream()
			.skip(1)
			.filter(row -> row[0].equalsIgnoreCase(country.trim()))
			.filter(row -> Arrays.stream(row).skip(1).anyMatch(name -> comparable(name).equals(wanted)))
			.map(row -> row[1])
			.findFirst();
	}

	/** A name without accents, case or punctuation; "St." as Jamaicans and Trinidadians abbreviate "Saint". */
	private static String comparable(String name) {
		String plain = Accents.fold(name).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
		return plain.startsWith("st ") ? "saint " + plain.substring(3) : plain;
	}

	/** The column of the page's language; English for a language the list does not name. */
	private static int column(String language) {
		String[] header = ROWS.get(0);
		for (int i = 2; i < header.length; i++) {
			if (header[i].equals(language)) {
				return i;
			}
		}
		return 2;
	}

	/** The header, then one row per state; comment lines (#) say where the names come from. */
	private static List<String[]> read() {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(StatePicker.class.getResourceAsStream(LIST), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(line.split("\t"));
				}
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		return List.copyOf(rows);
	}
}
