package org.irontrace.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingLevel;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The analyst's dashboard and map figures, as the caller may see them: the same audience as the
 * reports (its own agency's recoveries and those granted to it at aggregates-only level or more;
 * everything for the installation's operators), narrowed by the request's filters in the query.
 */
@Service
public class RecoveryDashboard {

	/** How many groups the "top" lists keep; the rest stay in the totals. */
	public static final int TOP = 10;

	/** How many coordinate cells the map draws, largest first. */
	static final int POINTS = 2000;

	private final DashboardFacts facts;

	private final Callers callers;

	private final SharingScopes scopes;

	private final JdbcClient jdbc;

	RecoveryDashboard(DashboardFacts facts, Callers callers, SharingScopes scopes, JdbcClient jdbc) {
		this.facts = facts;
		this.callers = callers;
		this.scopes = scopes;
		this.jdbc = jdbc;
	}

	/** The figures for the caller of the current request. */
	public DashboardFigures figuresForCaller(DashboardRequest request) {
		return figures(request, audienceOf(callers.current()));
	}

	/** The figures over every agency's recoveries, for the installation's benchmarks. */
	public DashboardFigures figuresOverAllAgencies(DashboardRequest request) {
		return figures(request, Audience.ofEveryone());
	}

	/**
	 * The agencies whose recoveries the caller may count, its own first: the choices of the
	 * dashboard's agency filter. For the operators, every agency with recoveries, found by skipping
	 * through the primary key (one index probe per agency, not a scan of the recoveries).
	 */
	public List<String> agenciesForCaller() {
		Caller caller = callers.current();
		if (!scopes.seesEverything(caller)) {
			return List.copyOf(scopes.agenciesVisibleTo(caller, SharingScope.RECOVERIES, SharingLevel.AGGREGATES_ONLY));
		}
		return everyAgency();
	}

	/** Every agency with recoveries (what an operator's agency filter offers). */
	public List<String> everyAgency() {
		return jdbc.sql("""
				WITH RECURSIVE agencies(agency) AS (
				    (SELECT agency FROM recovery_store ORDER BY agency LIMIT 1)
				    UNION ALL
				    SELECT (SELECT r.agency FROM recovery_store r WHERE r.agency > a.agency ORDER BY r.agency LIMIT 1)
				    FROM agencies a WHERE a.agency IS NOT NULL)
				SELECT agency FROM agencies WHERE agency IS NOT NULL""").query(String.class).list();
	}

	public String explain(DashboardRequest request) {
		return facts.explain(Audience.ofEveryone(), request);
	}

	/** How many dashboard cells the database keeps, for the benchmark. */
	public long cells() {
		return facts.cells();
	}

	private Audience audienceOf(Caller caller) {
		if (scopes.seesEverything(caller)) {
			return Audience.ofEveryone();
		}
		Set<String> agencies = scopes.agenciesVisibleTo(caller, SharingScope.RECOVERIES, SharingLevel.AGGREGATES_ONLY);
		return Audience.of(agencies);
	}

	private DashboardFigures figures(DashboardRequest request, Audience audience) {
		Map<DashboardFacet, List<DashboardGroup>> groups = facts.count(audience, request);
		DashboardGroup total = groups.get(DashboardFacet.TOTAL).stream().findFirst()
			.orElse(new DashboardGroup(Map.of(), 0, 0, 0, 0, 0, 0));
		List<DashboardFigures.Month> months = groups.get(DashboardFacet.MONTHS).stream()
			.map(g -> new DashboardFigures.Month(g.key("month").substring(0, 7), g.recovered(), g.traced()))
			.sorted(Comparator.comparing(DashboardFigures.Month::month))
			.toList();
		// The cells keep ATF's time-to-crime bucket of each gun, not its days: the dashboard shows
		// the buckets only, so its median and mean stay empty (the reports give them).
		long[] buckets = new long[6];
		for (DashboardGroup g : groups.get(DashboardFacet.TIME_TO_CRIME)) {
			if (g.keys().get("ttc") != null) {
				buckets[((Number) g.keys().get("ttc")).intValue()] += g.recovered();
			}
		}
		RecoveryReport.TimeToCrime timeToCrime = new RecoveryReport.TimeToCrime(buckets[0], buckets[1], buckets[2],
				buckets[3], buckets[4], buckets[5], null, null);
		return new DashboardFigures(request.from(), request.to(), total.recovered(), total.traced(),
				total.usSourced(), total.established(), total.located(), total.placed(), months,
				top(groups, DashboardFacet.SOURCE_STATES, "source_state", Integer.MAX_VALUE, true),
				top(groups, DashboardFacet.MAKERS, "maker", TOP, true),
				top(groups, DashboardFacet.CALIBRES, "calibre", TOP, true), timeToCrime,
				top(groups, DashboardFacet.COUNTRIES, "country", Integer.MAX_VALUE, false),
				largest(groups.get(DashboardFacet.PLACES), Integer.MAX_VALUE,
						g -> new DashboardFigures.Place(g.key("country"), g.key("place"), g.recovered())),
				largest(groups.get(DashboardFacet.FLOWS).stream().filter(g -> g.key("source_state") != null).toList(),
						Integer.MAX_VALUE,
						g -> new DashboardFigures.Flow(g.key("source_state"), g.key("country"), g.key("place"), g.recovered())),
				largest(groups.get(DashboardFacet.POINTS).stream().filter(g -> g.keys().get("lat") != null
						&& g.keys().get("lon") != null).toList(), POINTS,
						g -> new DashboardFigures.Point(((Number) g.keys().get("lat")).doubleValue(),
								((Number) g.keys().get("lon")).doubleValue(), g.recovered())),
				top(groups, DashboardFacet.CRIME_CODES, "crime_code", Integer.MAX_VALUE, false),
				top(groups, DashboardFacet.CRIMINAL_GROUPS, "criminal_group", Integer.MAX_VALUE, true),
				top(groups, DashboardFacet.FIREARM_TYPES, "firearm_type", TOP, true));
	}

	/** The largest groups of a facet; unknown keys (no trace, no state) left out of "top" lists when asked. */
	private static List<DashboardFigures.Count> top(Map<DashboardFacet, List<DashboardGroup>> groups,
			DashboardFacet facet, String column, int limit, boolean knownOnly) {
		List<DashboardGroup> known = groups.get(facet).stream()
			.filter(g -> !knownOnly || g.key(column) != null)
			.toList();
		return largest(known, limit, g -> new DashboardFigures.Count(g.key(column), g.recovered()));
	}

	private static <T> List<T> largest(List<DashboardGroup> groups, int limit, Function<DashboardGroup, T> figure) {
		List<DashboardGroup> sorted = new ArrayList<>(groups);
		// Largest first; ties in the order of their keys, so the page reads the same every time.
		sorted.sort(Comparator.comparingLong(DashboardGroup::recovered).reversed()
			.thenComparing(g -> String.valueOf(g.keys().values())));
		return sorted.stream().limit(limit).map(figure).toList();
	}
}
