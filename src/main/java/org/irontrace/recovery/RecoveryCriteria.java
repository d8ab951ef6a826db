package org.irontrace.recovery;

import java.time.LocalDate;
import java.util.Set;

/**
 * What an analyst asks of the recoveries: the words of the one search box (tried as a serial, a
 * possessor's name, a crime code and a city) and any of the fields; null or blank means "any".
 *
 * @param serial a serial as written: exact, its beginning, a look-alike reading (O/0, I/1 ...), or
 *     with {@code ?} for each unreadable character
 * @param name a possessor's name, accents and small misspellings forgiven
 * @param traceStatus a trace status, or {@code UNTRACED} for recoveries not traced yet
 * @param crimesNamed the crime codes the words of the search box name in a language of the pages
 *     ("Homicidio", "Homicide" and "Homicide" again in French are all {@code HOMICIDE}); the words are
 *     tried as a code as written in any case
 */
public record RecoveryCriteria(String text, String serial, String name, String crimeCode, String country,
		String adminArea, String city, LocalDate from, LocalDate to, Integer year, String traceStatus,
		Set<String> crimesNamed) {

	public RecoveryCriteria {
		crimesNamed = crimesNamed == null ? Set.of() : Set.copyOf(crimesNamed);
	}

	/** The status facet's value for recoveries without a trace. */
	public static final String UNTRACED = "UNTRACED";

	public static RecoveryCriteria ofSerial(String serial) {
		return new RecoveryCriteria(null, serial, null, null, null, null, null, null, null, null, null, Set.of());
	}

	/** The search box's words: tried as a serial, a name, a crime, a city, a recovery id and a maker. */
	public static RecoveryCriteria ofText(String text) {
		return new RecoveryCriteria(text, null, null, null, null, null, null, null, null, null, null, Set.of());
	}

	/** Whether nothing at all is asked (the search page then shows no results, only the form). */
	public boolean isEmpty() {
		return blank(text) && blank(serial) && blank(name) && blank(crimeCode) && blank(country) && blank(adminArea)
				&& blank(city) && from == null && to == null && year == null && blank(traceStatus);
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
