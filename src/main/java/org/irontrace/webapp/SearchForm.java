package org.irontrace.webapp;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.irontrace.recovery.RecoveryCriteria;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the search page was asked, as the URL carries it, so a search (with its facets clicked) can
 * be bookmarked, shared, paged and switched to another language. {@code kind} narrows the results to
 * one sort of record (recoveries, guns, people, dealers) and pages it; "all" shows the first of each.
 */
record SearchForm(String q, String serial, String name, String crime, String country, String state, String city,
		String from, String to, String year, String status, String kind, int page) {

	static final String ALL = "all";

	static SearchForm of(Map<String, String> parameters) {
		int page;
		try {
			page = Math.max(1, Integer.parseInt(parameters.getOrDefault("page", "1").trim()));
		}
		catch (NumberFormatException e) {
			page = 1;
		}
		String kind = clean(parameters.get("kind"));
		return new SearchForm(clean(parameters.get("q")), clean(parameters.get("serial")), clean(parameters.get("name")),
				clean(parameters.get("crime")), clean(parameters.get("country")), clean(parameters.get("state")),
				clean(parameters.get("city")), clean(parameters.get("from")), clean(parameters.get("to")),
				clean(parameters.get("year")), clean(parameters.get("status")), kind == null ? ALL : kind, page);
	}

	boolean shows(String what) {
		return ALL.equals(kind) || kind.equals(what);
	}

	RecoveryCriteria criteria() {
		return new RecoveryCriteria(q, serial, name, crime, country, state, city, date(from), date(to), number(year), status);
	}

	/** This search with one parameter changed (null removes it), back on the first page. */
	String with(String parameter, String value) {
		Map<String, String> query = parameters();
		query.remove("page");
		if (value == null) {
			query.remove(parameter);
		}
		else {
			query.put(parameter, value);
		}
		return url(query);
	}

	/** This search on another page. */
	String onPage(int number) {
		Map<String, String> query = parameters();
		query.put("page", String.valueOf(number));
		return url(query);
	}

	Map<String, String> parameters() {
		Map<String, String> query = new LinkedHashMap<>();
		put(query, "q", q);
		put(query, "serial", serial);
		put(query, "name", name);
		put(query, "crime", crime);
		put(query, "country", country);
		put(query, "state", state);
		put(query, "city", city);
		put(query, "from", from);
		put(query, "to", to);
		put(query, "year", year);
		put(query, "status", status);
		if (!ALL.equals(kind)) {
			query.put("kind", kind);
		}
		if (page > 1) {
			query.put("page", String.valueOf(page));
		}
		return query;
	}

	private static String url(Map<String, String> query) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/app/search");
		query.forEach(url::queryParam);
		return url.encode().build().toUriString();
	}

	private static void put(Map<String, String> query, String key, String value) {
		if (value != null) {
			query.put(key, value);
		}
	}

	private static String clean(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static LocalDate date(String value) {
		try {
			return value == null ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static Integer number(String value) {
		try {
			return value == null ? null : Integer.valueOf(value);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
