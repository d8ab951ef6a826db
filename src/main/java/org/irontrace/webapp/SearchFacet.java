package org.irontrace.webapp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.irontrace.recovery.RecoverySearch.FacetCount;

/**
 * One facet of the search (crime, country, year, trace status): its values with their counts, each
 * a link that narrows the search to it, and the value chosen, with a link that removes it.
 *
 * @param parameter the URL parameter the facet sets
 */
record SearchFacet(String name, String parameter, String chosen, String removeHref, List<Value> values) {

	/** The facets in the order the page shows them, named as the message keys {@code explore.facet.<name>}. */
	static final Map<String, String> PARAMETERS = facets();

	static List<SearchFacet> of(List<FacetCount> counts, SearchForm form) {
		List<SearchFacet> facets = new ArrayList<>();
		PARAMETERS.forEach((name, parameter) -> {
			String chosen = form.parameters().get(parameter);
			List<Value> values = counts.stream()
				.filter(count -> count.facet().equals(name))
				.map(count -> new Value(count.value(), count.count(), form.with(parameter, count.value()),
						count.value().equalsIgnoreCase(chosen == null ? "" : chosen)))
				.toList();
			facets.add(new SearchFacet(name, parameter, chosen, chosen == null ? null : form.with(parameter, null), values));
		});
		return facets;
	}

	private static Map<String, String> facets() {
		Map<String, String> facets = new LinkedHashMap<>();
		facets.put("crime", "crime");
		facets.put("country", "country");
		facets.put("year", "year");
		facets.put("status", "status");
		return facets;
	}

	/** A value of the facet, how many recoveries have it, and the search narrowed to it. */
	record Value(String value, long count, String href, boolean chosen) {
	}
}
