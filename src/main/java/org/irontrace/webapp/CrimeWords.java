package org.irontrace.webapp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.irontrace.platform.Accents;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Crime names as analysts type them, in any language of the pages, read back as FORMATS' crime
 * codes: a Mexican analyst searches "Homicidio" and a Haitian one "Homicide" for the recoveries
 * stored as {@code HOMICIDE}. The names are the pages' own ({@code crime.<CODE>} in the bundles),
 * so a crime shown on a page is always found by typing what the page shows.
 */
@Component
class CrimeWords {

	private final Map<String, String> codeByName = new HashMap<>();

	CrimeWords(MessageSource messages) {
		for (String code : RecoveryFieldCheck.CRIME_CODES) {
			codeByName.put(fold(code.replace('_', ' ')), code);
			for (Locale language : PageLocaleResolver.LANGUAGES) {
				String name = messages.getMessage("crime." + code, null, null, language);
				if (name != null) {
					codeByName.put(fold(name), code);
				}
			}
		}
	}

	/** The crime code these words name, accents, case and spacing aside. */
	Optional<String> codeNamed(String words) {
		return words == null ? Optional.empty() : Optional.ofNullable(codeByName.get(fold(words)));
	}

	private static String fold(String words) {
		return Accents.fold(words).replaceAll("[\\s_]+", " ");
	}
}
