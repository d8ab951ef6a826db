package org.irontrace.report;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counts behind the dashboard and the map. Whole months are added up from the dashboard cells
 * the database keeps in step with every recovery and trace answer (migration V36): a few tens of
 * thousands of cells instead of a million rows. The days of a partly covered first or last month
 * are counted from the rows themselves, in one scan of those days' recoveries joined by key to each
 * one's current trace answer, with every facet a hashed group of that scan. Both give the same
 * groups (the keys are computed the same way), which are added together.
 *
 * <p>Performance contract: the cells are read once, filtered by the request in the query; the rows
 * of partial months are split in two shares by a hash of their id, each counted on its own
 * connection, as in {@link RecoveryFacts}. No recovery row leaves the database, only groups.
 */
@Repository
class DashboardFacts {

	/**
	 * The rows of the days {@code :from} to {@code :to} the audience may count, with their current
	 * answer. {@code :share} (0 or 1) keeps the half of both tables whose ids hash to it (the
	 * expression of migration V8's statistics, so {@link #SHARES} is 2), or is null for all of them;
	 * each filter of the request is null when it is not set.
	 */
	private static final String SCOPED = """
			SELECT date_trunc('month', r.recovery_date)::date AS month,
			       CASE WHEN t.status IS NULL THEN NULL WHEN t.us_sourced THEN 'US_SOURCED'
			            WHEN NOT t.us_sourced THEN 'NON_US_SOURCED' ELSE 'UNDETERMINED' END AS outcome,
			       t.status, t.source_state, coalesce(t.manufacturer, r.manufacturer) AS maker,
			       coalesce(r.calibre_family, t.caliber, r.caliber) AS calibre, dashboard_ttc_bucket(t.ttc) AS ttc, r.country,
			       upper(r.admin_area) AS place, round(r.latitude * 10) / 10 AS lat, round(r.longitude * 10) / 10 AS lon,
			       coalesce(r.crime_code, 'UNKNOWN') AS crime_code, r.criminal_group_key AS criminal_group,
			       coalesce(t.firearm_type, r.firearm_type) AS firearm_type
			FROM recovery r
			LEFT JOIN (SELECT agency, recovery_id, status, us_sourced, time_to_crime_days AS ttc, source_state, caliber,
			                  manufacturer, firearm_type FROM current_trace
			           WHERE CAST(:share AS integer) IS NULL OR (hashtext(recovery_id) & 1) = :share) t
			       ON t.agency = r.agency AND t.recovery_id = r.recovery_id
			WHERE r.recovery_date BETWEEN :from AND :to
			  AND (CAST(:share AS integer) IS NULL OR (hashtext(r.recovery_id) & 1) = :share)
			  AND (:everyone OR r.agency = ANY(:agencies))
			  AND (CAST(:agency AS text) IS NULL OR r.agency = :agency)
			  AND (CAST(:country AS text) IS NULL OR r.country = :country)
			  AND (CAST(:place AS text) IS NULL OR upper(r.admin_area) = :place)
			  AND (CAST(:crimeCode AS text) IS NULL OR coalesce(r.crime_code, 'UNKNOWN') = :crimeCode)
			  AND (CAST(:criminalGroup AS text) IS NULL OR r.criminal_group_key = :criminalGroup)
			""";

	/**
	 * Every facet's groups of the rows, in one scan. The grouping sets are the facets' columns, written
	 * once in {@link DashboardFacet} (which reads the groups back by the same names): code, never a caller's words.
	 */
	private static final String COUNT_ROWS = "WITH scoped AS (" + SCOPED + ")\n"
			+ "SELECT GROUPING(" + String.join(", ", DashboardFacet.COLUMNS) + ") AS facet, "
			+ String.join(", ", DashboardFacet.COLUMNS) + ", count(*) AS recovered,"
			+ " count(status) AS traced, count(*) FILTER (WHERE outcome = 'US_SOURCED') AS us_sourced,"
			+ " count(*) FILTER (WHERE outcome IN ('US_SOURCED', 'NON_US_SOURCED')) AS established,"
			+ " count(*) FILTER (WHERE lat IS NOT NULL AND lon IS NOT NULL) AS located, count(place) AS placed"
			+ " FROM scoped GROUP BY GROUPING SETS ("
			+ java.util.Arrays.stream(DashboardFacet.values()).map(DashboardFacet::groupingSet).collect(Collectors.joining(", "))
			+ ")";

	/**
	 * The cells of the whole months {@code :firstMonth} to {@code :lastMonth}, filtered as {@link #SCOPED}
	 * filters the rows: the folded cells and those that traces' changes still waiting to be folded make
	 * (V190), whose counts add up to the rows' at every moment.
	 */
	private static final String CELLS = """
			WITH cells AS MATERIALIZED (
			    SELECT * FROM (
			        SELECT kind, agency, month, country, place, crime_code, criminal_group, outcome, source_state, maker,
			               calibre, ttc, firearm_type, lat, lon, recovered, traced, us_sourced, established, located, placed
			        FROM dashboard_cell
			        UNION ALL
			        SELECT kind, agency, month, country, place, crime_code, criminal_group, outcome, source_state, maker,
			               calibre, ttc, firearm_type, lat, lon, recovered, traced, us_sourced, established, located, placed
			        FROM dashboard_cell_waiting) c
			    WHERE month BETWEEN :firstMonth AND :lastMonth
			      AND (:everyone OR agency = ANY(:agencies))
			      AND (CAST(:agency AS text) IS NULL OR agency = :agency)
			      AND (CAST(:country AS text) IS NULL OR country = :country)
			      AND (CAST(:place AS text) IS NULL OR place = :place)
			      AND (CAST(:crimeCode AS text) IS NULL OR crime_code = :crimeCode)
			      AND (CAST(:criminalGroup AS text) IS NULL OR criminal_group = :criminalGroup))
			""";

	/**
	 * For each facet, the sum of the counts of its kind of cell by its columns (a cell kind splits one
	 * facet's values by the filter columns, so every facet's groups come from the cells of one kind),
	 * written out from {@link DashboardFacet} as {@link #COUNT_ROWS} is.
	 */
	private static final String COUNT_CELLS = CELLS + java.util.Arrays.stream(DashboardFacet.values())
		.map(DashboardFacts::cellSums).collect(Collectors.joining("\nUNION ALL "));

	static final int SHARES = 2;

	private static final ExecutorService SHARE_WORKERS = Executors.newFixedThreadPool(SHARES + 1, runnable -> {
		Thread worker = new Thread(runnable, "dashboard-share");
		worker.setDaemon(true);
		return worker;
	});

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DashboardFacts(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setReadOnly(true);
	}

	/** Every facet's groups of the request's recoveries that the audience may count. */
	Map<DashboardFacet, List<DashboardGroup>> count(Audience audience, DashboardRequest request) {
		List<CompletableFuture<Map<DashboardFacet, List<DashboardGroup>>>> parts = new ArrayList<>();
		Period period = Period.of(request);
		if (period.wholeMonths()) {
			parts.add(CompletableFuture.supplyAsync(() -> countCells(audience, request, period), SHARE_WORKERS));
		}
		for (LocalDate[] days : period.partialMonths()) {
			for (int share = 0; share < SHARES; share++) {
				int part = share;
				parts.add(CompletableFuture.supplyAsync(() -> countShare(audience, request, days[0], days[1], part),
						SHARE_WORKERS));
			}
		}
		return added(parts.stream().map(CompletableFuture::join).toList());
	}

	/** The groups of several parts, each group's counts added up over the parts that have it. */
	static Map<DashboardFacet, List<DashboardGroup>> added(List<Map<DashboardFacet, List<DashboardGroup>>> parts) {
		Map<DashboardFacet, Map<Map<String, Object>, DashboardGroup>> merged = new EnumMap<>(DashboardFacet.class);
		for (DashboardFacet facet : DashboardFacet.values()) {
			merged.put(facet, new LinkedHashMap<>());
		}
		for (var part : parts) {
			part.forEach((facet, rows) -> rows.forEach(row -> merged.get(facet).merge(row.keys(), row, DashboardGroup::plus)));
		}
		Map<DashboardFacet, List<DashboardGroup>> facts = new EnumMap<>(DashboardFacet.class);
		merged.forEach((facet, rows) -> facts.put(facet, new ArrayList<>(rows.values())));
		return facts;
	}

	/** Every facet's groups counted from the rows alone, for comparing with the cells. */
	Map<DashboardFacet, List<DashboardGroup>> countRows(Audience audience, DashboardRequest request) {
		List<Map<DashboardFacet, List<DashboardGroup>>> shares = new ArrayList<>();
		for (int share = 0; share < SHARES; share++) {
			shares.add(countShare(audience, request, request.from(), request.to(), share));
		}
		return added(shares);
	}

	private Map<DashboardFacet, List<DashboardGroup>> countCells(Audience audience, DashboardRequest request, Period period) {
		Map<String, Object> params = params(audience, request);
		params.put("firstMonth", Date.valueOf(period.firstWholeMonth()));
		params.put("lastMonth", Date.valueOf(period.lastWholeMonth()));
		return transactions.execute(status -> read(COUNT_CELLS, params));
	}

	private Map<DashboardFacet, List<DashboardGroup>> countShare(Audience audience, DashboardRequest request,
			LocalDate from, LocalDate to, int share) {
		Map<String, Object> params = rowParams(audience, request, from, to, share);
		return transactions.execute(status -> {
			roomToHash();
			return read(COUNT_ROWS, params);
		});
	}

	private Map<DashboardFacet, List<DashboardGroup>> read(String sql, Map<String, Object> params) {
		Map<DashboardFacet, List<DashboardGroup>> facts = new EnumMap<>(DashboardFacet.class);
		for (DashboardFacet facet : DashboardFacet.values()) {
			facts.put(facet, new ArrayList<>());
		}
		jdbc.sql(sql).params(params).query((rs, n) -> {
			DashboardFacet facet = DashboardFacet.ofMask(rs.getInt("facet"));
			Map<String, Object> keys = new LinkedHashMap<>();
			for (String column : facet.columns) {
				keys.put(column, rs.getObject(column));
			}
			facts.get(facet).add(new DashboardGroup(keys, rs.getLong("recovered"), rs.getLong("traced"),
					rs.getLong("us_sourced"), rs.getLong("established"), rs.getLong("located"), rs.getLong("placed")));
			return null;
		}).list();
		return facts;
	}

	/** Settings of this transaction only, for the count. */
	private void roomToHash() {
		// Room to hash every facet's groups (a few megabytes) instead of sorting once per facet,
		// and parallel probes, as for the reports.
		jdbc.sql("SET LOCAL work_mem = '256MB'").update();
		jdbc.sql("SET LOCAL parallel_setup_cost = 0").update();
		jdbc.sql("SET LOCAL parallel_tuple_cost = 0").update();
		// The planner cannot know how few groups the computed keys (month, coordinates, place)
		// have, fears they would not fit in memory and sorts the whole scan once per facet
		// instead; they are a few thousand at most, so every facet is hashed.
		jdbc.sql("SET LOCAL enable_sort = off").update();
	}

	/** The query plan of the cells' count (or, for less than a whole month, the rows'), for the benchmark. */
	String explain(Audience audience, DashboardRequest request) {
		Period period = Period.of(request);
		Map<String, Object> params;
		String sql;
		if (period.wholeMonths()) {
			params = params(audience, request);
			params.put("firstMonth", Date.valueOf(period.firstWholeMonth()));
			params.put("lastMonth", Date.valueOf(period.lastWholeMonth()));
			sql = COUNT_CELLS;
		}
		else {
			params = rowParams(audience, request, request.from(), request.to(), null);
			sql = COUNT_ROWS;
		}
		List<String> plan = transactions.execute(status -> {
			roomToHash();
			return jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql).params(params).query(String.class).list();
		});
		return String.join("\n", plan);
	}

	/** The size of what the dashboard reads for whole months, for the benchmark. */
	long cells() {
		return jdbc.sql("SELECT count(*) FROM dashboard_cell").query(Long.class).single();
	}

	/** One facet's sums of its kind of cell. */
	private static String cellSums(DashboardFacet facet) {
		StringBuilder sql = new StringBuilder("SELECT ").append(facet.mask()).append(" AS facet");
		for (int i = 0; i < DashboardFacet.COLUMNS.size(); i++) {
			String column = DashboardFacet.COLUMNS.get(i);
			sql.append(", ").append(facet.columns.contains(column) ? column
					: "NULL::" + DashboardFacet.TYPES.get(i) + " AS " + column);
		}
		sql.append(", sum(recovered)::bigint AS recovered, sum(traced)::bigint AS traced,"
				+ " sum(us_sourced)::bigint AS us_sourced, sum(established)::bigint AS established,"
				+ " sum(located)::bigint AS located, sum(placed)::bigint AS placed FROM cells WHERE kind = '")
			.append(facet.cellKind).append("'");
		if (!facet.columns.isEmpty()) {
			sql.append(" GROUP BY ").append(String.join(", ", facet.columns));
		}
		return sql.append(" HAVING sum(recovered) > 0").toString();
	}

	/** The named parameters the rows and the cells share: the audience and the request's filters (null when not set). */
	private static Map<String, Object> params(Audience audience, DashboardRequest request) {
		Map<String, Object> params = new HashMap<>();
		params.put("everyone", audience.everyone());
		params.put("agencies", audience.agencies().toArray(String[]::new));
		params.put("agency", new SqlParameterValue(Types.VARCHAR, request.agency()));
		params.put("country", new SqlParameterValue(Types.VARCHAR, request.country()));
		params.put("place", new SqlParameterValue(Types.VARCHAR, request.place()));
		params.put("crimeCode", new SqlParameterValue(Types.VARCHAR, request.crimeCode()));
		params.put("criminalGroup", new SqlParameterValue(Types.VARCHAR, request.criminalGroup()));
		return params;
	}

	/** The parameters of {@link #COUNT_ROWS}: these days, and one share of them (null for all). */
	private static Map<String, Object> rowParams(Audience audience, DashboardRequest request, LocalDate from, LocalDate to,
			Integer share) {
		Map<String, Object> params = params(audience, request);
		params.put("from", Date.valueOf(from));
		params.put("to", Date.valueOf(to));
		params.put("share", new SqlParameterValue(Types.INTEGER, share));
		return params;
	}

	/**
	 * The request's days as the cells and the rows count them: the whole months within, and the
	 * days of a first or last month the period covers only in part.
	 */
	record Period(LocalDate from, LocalDate to, LocalDate firstWholeMonth, LocalDate lastWholeMonth) {

		static Period of(DashboardRequest request) {
			LocalDate from = request.from();
			LocalDate to = request.to();
			LocalDate first = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
			LocalDate last = to.plusDays(1).getDayOfMonth() == 1 ? to.withDayOfMonth(1) : to.withDayOfMonth(1).minusMonths(1);
			return new Period(from, to, first, last);
		}

		boolean wholeMonths() {
			return !lastWholeMonth.isBefore(firstWholeMonth);
		}

		/** The first and last day of each part counted from the rows. */
		List<LocalDate[]> partialMonths() {
			if (!wholeMonths()) {
				return List.<LocalDate[]>of(new LocalDate[] { from, to });
			}
			List<LocalDate[]> days = new ArrayList<>();
			if (from.isBefore(firstWholeMonth)) {
				days.add(new LocalDate[] { from, firstWholeMonth.minusDays(1) });
			}
			LocalDate afterLast = lastWholeMonth.plusMonths(1);
			if (!to.isBefore(afterLast)) {
				days.add(new LocalDate[] { afterLast, to });
			}
			return days;
		}
	}
}
