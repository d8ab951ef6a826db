package org.irontrace.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A criminal organisation a recovering agency attributes a gun to, as IronTrace reads the name the
 * agency wrote: the catalogue's group when it knows the name or one of its aliases (whatever the
 * accents, case and punctuation), otherwise the name as written.
 *
 * @param key what reports and the dashboard count by: the catalogue's key ({@code CJNG}) for a known
 *     group, the written name folded (upper case, no accents or punctuation) for an unknown one
 * @param known whether the catalogue recognised the name
 * @param names the display name by language ({@code es}, {@code en}, {@code fr}, {@code ht}, {@code nl}); for an unknown
 *     group the name as written, in every language
 * @param countries where a known group operates (ISO 3166-1 alpha-2), empty for an unknown one
 */
public record CriminalGroup(String key, boolean known, Map<String, String> names, List<String> countries) {

	/** The display name in the reader's language, English when that language has none. */
	public String name(Locale locale) {
		String language = locale == null ? "en" : locale.getLanguage();
		return names.getOrDefault(language, names.get("en"));
	}

	/** The English display name, the one the API answers with. */
	public String name() {
		return names.get("en");
	}
}
