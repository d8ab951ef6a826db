package org.irontrace.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

	/**
	 * The figures for the caller of the current request. Where some agencies share their recoveries
	 * with the caller's only as figures, the figures that would give away a small count of theirs
	 * are suppressed ({@link FiguresOnlySuppression}); everyone else's are exact.
	 */
	public DashboardFigures figuresForCaller(DashboardRequest request) {
		Caller caller = callers.current();
		if (scopes.seesEverything(caller)) {
			return figures(request, Audience.ofEveryone());
		}
		Set<String> counted = scopes.agenciesVisibleTo(caller, SharingScope.RECOVERIES, SharingLevel.AGGREGATES_ONLY);
		Set<String> recordsSeen = counted.size() == 1 ? counted
				: scopes.agenciesVisibleTo(caller, SharingScope.RECOVERIES, SharingLevel.RECORDS_WITHOUT_PERSONAL_DATA);
		List<String> figuresOnly = counted.stream().filter(agency -> !recordsSeen.contains(agency)).toList();
		if (figuresOnly.isEmpty()) {
			return figures(request, Audience.of(counted));
		}
		var ofFiguresOnly = facts.count(Audience.of(figuresOnly), request);
		var ofRecordsSeen = facts.count(Audience.of(recordsSeen), request);
		var shown = DashboardFacts.added(List.of(ofRecordsSeen, ofFiguresOnly));
		FiguresOnlySuppression hidden = FiguresOnlySuppression.of(shown, ofFiguresOnly);
		// The flows count the agencies whose records the caller sees only: see FiguresOnlySuppression.
		shown.put(DashboardFacet.FLOWS, ofRecordsSeen.get(DashboardFacet.FLOWS));
		return figures(request, shown, hidden, true);
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

	private DashboardFigures figures(DashboardRequest request, Audience audience) {
		return figures(request, facts.count(audience, request), FiguresOnlySuppression.NONE, false);
	}

	private static DashboardFigures figures(DashboardRequest request, Map<DashboardFacet, List<DashboardGroup>> groups,
			FiguresOnlySuppression hidden, boolean flowsOfRecordsSeen) {
		Shown shown = new Shown(groups, hidden);
		DashboardGroup total = groups.get(DashboardFacet.TOTAL).stream().findFirst()
			.orElse(new DashboardGroup(Map.of(), 0, 0, 0, 0, 0, 0));
		List<DashboardFigures.Month> months = groups.get(DashboardFacet.MONTHS).stream()
			.map(g -> new DashboardFigures.Month(g.key("month").substring(0, 7),
					shown.count(DashboardFacet.MONTHS, g, "recovered", g.recovered()),
					shown.count(DashboardFacet.MONTHS, g, "traced", g.traced()),
					shown.hides(DashboardFacet.MONTHS, g) || hidden.hides(DashboardFacet.MONTHS, g, "traced")))
			.sorted(Comparator.comparing(DashboardFigures.Month::month))
			.toList();
		DashboardFacet t = DashboardFacet.TOTAL;
		return new DashboardFigures(request.from(), request.to(), shown.count(t, total, "recovered", total.recovered()),
				shown.count(t, total, "traced", total.traced()), shown.count(t, total, "usSourced", total.usSourced()),
				shown.count(t, total, "established", total.established()),
				shown.count(t, total, "located", total.located()), shown.count(t, total, "placed", total.placed()),
				months, shown.top(DashboardFacet.SOURCE_STATES, "source_state", Integer.MAX_VALUE, true),
				shown.top(DashboardFacet.MAKERS, "maker", TOP, true),
				shown.top(DashboardFacet.CALIBRES, "calibre", TOP, true), shown.timeToCrime(),
				shown.top(DashboardFacet.COUNTRIES, "country", Integer.MAX_VALUE, false),
				shown.largest(DashboardFacet.PLACES, g -> true, Integer.MAX_VALUE,
						g -> new DashboardFigures.Place(g.key("country"), g.key("place"),
								shown.count(DashboardFacet.PLACES, g, "recovered", g.recovered()),
								shown.hides(DashboardFacet.PLACES, g))),
				shown.largest(DashboardFacet.FLOWS, g -> g.key("source_state") != null,
						Integer.MAX_VALUE,
						g -> new DashboardFigures.Flow(g.key("source_state"), g.key("country"), g.key("place"), g.recovered())),
				shown.largest(DashboardFacet.POINTS, g -> g.keys().get("lat") != null && g.keys().get("lon") != null
						&& !shown.hides(DashboardFacet.POINTS, g), POINTS,
						g -> new DashboardFigures.Point(((Number) g.keys().get("lat")).doubleValue(),
								((Number) g.keys().get("lon")).doubleValue(), g.recovered())),
				shown.top(DashboardFacet.CRIME_CODES, "crime_code", Integer.MAX_VALUE, false),
				shown.top(DashboardFacet.CRIMINAL_GROUPS, "criminal_group", Integer.MAX_VALUE, true),
				shown.top(DashboardFacet.FIREARM_TYPES, "firearm_type", TOP, true), hidden.hidesAny(), flowsOfRecordsSeen);
	}
}
