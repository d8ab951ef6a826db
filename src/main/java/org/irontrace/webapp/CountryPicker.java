package org.irontrace.webapp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The countries a filter offers, by name in the page's language: first the region IronTrace serves
 * (Mexico, CARICOM's fifteen members and its five associate members), then every other country, so
 * that nobody has to know that Saint Vincent and the Grenadines is "VC".
 */
record CountryPicker(List<TraceFormChoices.Country> region, List<TraceFormChoices.Country> others) {

	/** Mexico; CARICOM's members; its associate members (caricom.org, member states and associates). */
	static final Set<String> REGION = Set.of("MX", "AG", "BS", "BB", "BZ", "DM", "GD", "GY", "HT", "JM", "MS", "KN", "LC",
			"VC", "SR", "TT", "AI", "BM", "VG", "KY", "TC");

	static CountryPicker in(Locale language) {
		List<TraceFormChoices.Country> every = TraceFormChoices.countries(language);
		return new CountryPicker(every.stream().filter(country -> REGION.contains(country.code())).toList(),
				every.stream().filter(country -> !REGION.contains(country.code())).toList());
	}
}
