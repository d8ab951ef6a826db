package org.irontrace.webapp;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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

	/**
	 * The longest words kept from a field: nobody types more, and a pasted page must not become a
	 * comparison the database works through character by character.
	 */
	static final int MAX_WORDS = 200;

	/** The last page anyone pages to; beyond it a page number is taken as this one. */
	static final int LAST_PAGE = 10_000;

	static SearchForm of(Map<String, String> parameters) {
		Integer asked = number(clean(parameters.get("page")));
		int page = asked == null ? 1 : Math.min(LAST_PAGE, Math.max(1, asked));
		String kind = clean(parameters.get("kind"));
		return new SearchForm(clean(parameters.get("q")), clean(parameters.get("serial")), clean(parameters.get("name")),
				clean(parameters.get("crime")), clean(parameters.get("country")), clean(parameters.get("state")),
				clean(parameters.get("city")), clean(parameters.get("from")), clean(parameters.get("to")),
				clean(parameters.get("year")), clean(parameters.get("status")), kind == null ? ALL : kind, page);
	}

	boolean shows(String what) {
		return ALL.equals(kind) || kind.equals(what);
	}

	/** The recoveries asked for; crimes named in a language of the pages are read as their codes. */
	RecoveryCriteria criteria(CrimeWords crimes) {
		Set<String> crimesNamed = crimes.codeNamed(q).map(Set::of).orElse(Set.of());
		String crimeCode = crime == null ? null : crimes.codeNamed(crime).orElse(crime);
		return new RecoveryCriteria(q, serial, name, crimeCode, country, state, city, date(from), date(to), year(year),
				status, crimesNamed);
	}

	/** The number of the first result on this page, counting from 1. */
	public int firstShown(int pageSize) {
		return (page - 1) * pageSize + 1;
	}

	/** This search with one parameter changed (null removes it), back on the first page. */
	public String with(String parameter, String value) {
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

	/** This search narrowed to one kind of record, on one of its pages. */
	public String alone(String kindAlone, int number) {
		Map<String, String> query = parameters();
		query.put("kind", kindAlone);
		query.put("page", String.valueOf(number));
		return url(query);
	}

	/** This search on another page. */
	public String onPage(int number) {
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

	/** The words as typed, without control characters (PostgreSQL refuses a NUL) and cut to {@link #MAX_WORDS}. */
	private static String clean(String value) {
		if (value == null) {
			return null;
		}
		String printable = value.replaceAll("\\p{Cntrl}", " ").strip();
		if (printable.isEmpty()) {
			return null;
		}
		return printable.length() <= MAX_WORDS ? printable : printable.substring(0, MAX_WORDS).strip();
	}

	/** A date the database can hold (years 1 to 9999); anything else asks nothing. */
	private static LocalDate date(String value) {
		try {
			LocalDate date = value == null ? null : LocalDate.parse(value);
			return date == null || year(String.valueOf(date.getYear())) == null ? null : date;
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static Integer year(String value) {
		Integer year = number(value);
		return year == null || year < 1 || year > 9999 ? null : year;
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
