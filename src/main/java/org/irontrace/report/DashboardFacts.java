package org.irontrace.report;

import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counts behind the dashboard and the map, computed by PostgreSQL in one scan of the period's
 * recoveries joined by key to each one's current trace answer, with every facet a hashed group of
 * that scan.
 *
 * <p>Performance contract: as {@link RecoveryFacts}: the recoveries are split in two shares by a
 * hash of their id, each counted on its own connection, and the groups added up; no recovery row
 * leaves the database, only groups (at most a few thousand).
 */
@Repository
class DashboardFacts {

	private static final String SCOPED = """
			SELECT date_trunc('month', r.recovery_date)::date AS month,
			       CASE WHEN t.status IS NULL THEN NULL WHEN t.us_sourced THEN 'US_SOURCED'
			            WHEN NOT t.us_sourced THEN 'NON_US_SOURCED' ELSE 'UNDETERMINED' END AS outcome,
			       t.status, t.source_state, coalesce(t.manufacturer, r.manufacturer) AS maker,
			       coalesce(r.calibre_family, t.caliber, r.caliber) AS calibre, t.ttc, r.country,
			       upper(r.admin_area) AS place, round(r.latitude * 10) / 10 AS lat, round(r.longitude * 10) / 10 AS lon,
			       coalesce(r.crime_code, 'UNKNOWN') AS crime_code
			FROM recovery r
			LEFT JOIN (SELECT agency, recovery_id, status, us_sourced, time_to_crime_days AS ttc, source_state, caliber,
			                  manufacturer FROM current_trace WHERE true /* share t */) t
			       ON t.agency = r.agency AND t.recovery_id = r.recovery_id
			WHERE r.recovery_date BETWEEN ? AND ? /* share r */""";

	static final int SHARES = 2;

	private static final ExecutorService SHARE_WORKERS = Executors.newFixedThreadPool(SHARES, runnable -> {
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
		List<CompletableFuture<Map<DashboardFacet, List<DashboardGroup>>>> shares = new ArrayList<>();
		for (int share = 0; share < SHARES; share++) {
			int part = share;
			shares.add(CompletableFuture.supplyAsync(() -> countShare(audience, request, part), SHARE_WORKERS));
		}
		Map<DashboardFacet, Map<Map<String, Object>, DashboardGroup>> merged = new EnumMap<>(DashboardFacet.class);
		for (DashboardFacet facet : DashboardFacet.values()) {
			merged.put(facet, new LinkedHashMap<>());
		}
		for (var share : shares) {
			share.join().forEach((facet, rows) -> rows.forEach(row -> merged.get(facet).merge(row.keys(), row, DashboardGroup::plus)));
		}
		Map<DashboardFacet, List<DashboardGroup>> facts = new EnumMap<>(DashboardFacet.class);
		merged.forEach((facet, rows) -> facts.put(facet, new ArrayList<>(rows.values())));
		return facts;
	}

	private Map<DashboardFacet, List<DashboardGroup>> countShare(Audience audience, DashboardRequest request, int share) {
		List<Object> params = new ArrayList<>(List.of(Date.valueOf(request.from()), Date.valueOf(request.to())));
		String part = " AND (hashtext(%s) & " + (SHARES - 1) + ") = " + share;
		String sql = countSql(audience, request, params).replace("/* share r */", part.formatted("r.recovery_id"))
			.replace("/* share t */", part.formatted("recovery_id"));
		Map<DashboardFacet, List<DashboardGroup>> facts = new EnumMap<>(DashboardFacet.class);
		for (DashboardFacet facet : DashboardFacet.values()) {
			facts.put(facet, new ArrayList<>());
		}
		transactions.executeWithoutResult(status -> {
			roomToHash();
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
		});
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

	/** The query plan, for the benchmark. */
	String explain(Audience audience, DashboardRequest request) {
		List<Object> params = new ArrayList<>(List.of(Date.valueOf(request.from()), Date.valueOf(request.to())));
		String sql = countSql(audience, request, params);
		List<String> plan = transactions.execute(status -> {
			roomToHash();
			return jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql).params(params).query(String.class).list();
		});
		return String.join("\n", plan);
	}

	private static String countSql(Audience audience, DashboardRequest request, List<Object> params) {
		String columns = String.join(", ", DashboardFacet.COLUMNS);
		return "WITH scoped AS (" + SCOPED + restriction(audience, request, params) + ")\n"
				+ "SELECT GROUPING(" + columns + ") AS facet, " + columns + ", count(*) AS recovered,"
				+ " count(status) AS traced, count(*) FILTER (WHERE outcome = 'US_SOURCED') AS us_sourced,"
				+ " count(*) FILTER (WHERE outcome IN ('US_SOURCED', 'NON_US_SOURCED')) AS established,"
				+ " count(*) FILTER (WHERE lat IS NOT NULL AND lon IS NOT NULL) AS located, count(place) AS placed"
				+ " FROM scoped GROUP BY GROUPING SETS ("
				+ java.util.Arrays.stream(DashboardFacet.values()).map(DashboardFacet::groupingSet)
					.collect(Collectors.joining(", "))
				+ ")";
	}

	private static String restriction(Audience audience, DashboardRequest request, List<Object> params) {
		StringBuilder where = new StringBuilder();
		if (!audience.everyone()) {
			where.append(" AND r.agency = ANY(?)");
			params.add(audience.agencies().toArray(String[]::new));
		}
		if (request.agency() != null) {
			where.append(" AND r.agency = ?");
			params.add(request.agency());
		}
		if (request.country() != null) {
			where.append(" AND r.country = ?");
			params.add(request.country());
		}
		if (request.place() != null) {
			where.append(" AND upper(r.admin_area) = ?");
			params.add(request.place());
		}
		if (request.crimeCode() != null) {
			where.append(" AND coalesce(r.crime_code, 'UNKNOWN') = ?");
			params.add(request.crimeCode());
		}
		return where.toString();
	}
}
