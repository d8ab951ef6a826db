package org.irontrace.webapp;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.irontrace.report.DashboardRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the dashboard and the map, read from the page's query (so a filtered view can be
 * bookmarked, shared and switched to another language as it is) and shown as removable badges.
 * A period not given, or not a date, is the last ten years to today.
 */
record DashboardFilters(LocalDate from, LocalDate to, String agency, String country, String place, String crime,
		String group, boolean periodProblem, List<Badge> badges) {

	/** The query parameters, in the order of the form. */
	static final List<String> NAMES = List.of("from", "to", "agency", "country", "place", "crime", "group");

	static final int DEFAULT_YEARS = 10;

	static DashboardFilters of(HttpServletRequest request, List<String> visibleAgencies) {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		LocalDate from = date(request.getParameter("from"));
		LocalDate to = date(request.getParameter("to"));
		boolean problem = (present(request, "from") && from == null) || (present(request, "to") && to == null)
				|| (from != null && to != null && to.isBefore(from));
		if (problem) {
			from = null;
			to = null;
		}
		LocalDate shownTo = to != null ? to : today;
		LocalDate shownFrom = from != null ? from : shownTo.minusYears(DEFAULT_YEARS).plusDays(1);
		if (shownTo.isBefore(shownFrom)) {
			shownFrom = shownTo;
		}
		String agency = trimmed(request.getParameter("agency"));
		// Only an agency the caller may count is a filter; any other would only ever count nothing.
		if (agency != null && !visibleAgencies.contains(agency)) {
			agency = null;
		}
		String country = upper(request.getParameter("country"));
		String place = upper(request.getParameter("place"));
		String crime = upper(request.getParameter("crime"));
		// A criminal group by the catalogue's key (upper case, like the folded names of groups it does not know).
		String group = upper(request.getParameter("group"));
		List<Badge> badges = new ArrayList<>();
		String[] values = { from == null ? null : from.toString(), to == null ? null : to.toString(), agency, country,
				place, crime, group };
		for (int i = 0; i < NAMES.size(); i++) {
			if (values[i] != null) {
				badges.add(new Badge(NAMES.get(i), values[i], without(request, NAMES.get(i))));
			}
		}
		return new DashboardFilters(shownFrom, shownTo, agency, country, place, crime, group, problem,
				List.copyOf(badges));
	}

	DashboardRequest request() {
		return new DashboardRequest(from, to, agency, country, place, crime, group);
	}

	/** This page's address with one filter taken out (and everything else, the language too, kept). */
	private static String without(HttpServletRequest request, String name) {
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam(name)
			.build()
			.toUriString();
	}

	private static boolean present(HttpServletRequest request, String name) {
		return trimmed(request.getParameter(name)) != null;
	}

	private static LocalDate date(String value) {
		if (trimmed(value) == null) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}

	private static String trimmed(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static String upper(String value) {
		String trimmed = trimmed(value);
		return trimmed == null ? null : trimmed.toUpperCase();
	}

	/** One filter in force: its name (also the key of its label), its value, and the page without it. */
	record Badge(String name, String value, String removeHref) {
	}
}
