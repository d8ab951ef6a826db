package org.irontrace.report;

import java.sql.Date;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counts behind every report, computed by PostgreSQL in one scan of the period's recoveries.
 * Each recovery is counted once (recoveries are unique per agency and id; a re-sent row is a no-op
 * at import) and with its latest trace result only: a re-trace replaces the earlier answer.
 *
 * <p>Performance contract: one scan of the period's recoveries joined by key to each one's current
 * trace answer ({@code current_trace}), and one hashed aggregate per facet whose size is the number
 * of distinct keys, never the number of recoveries. No recovery row leaves the database.
 */
@Repository
class RecoveryFacts {

	/**
	 * The records other installations' agencies granted that a report counts, each once however many
	 * agencies here it was granted to: part of {@link #SCOPED} and {@link #SOURCES}.
	 */
	private static final String GRANTED = """
			SELECT DISTINCT ON (installation, owner_agency, recovery_id) * FROM foreign_report_record
			WHERE :foreign AND (CAST(:grantee AS text) IS NULL OR grantee_agency = :grantee)
			  AND recovery_date BETWEEN :from AND :to
			  AND (CAST(:country AS text) IS NULL OR country = :country)
			  AND (CAST(:share AS integer) IS NULL OR (hashtext(recovery_id) & 1) = :share)
			ORDER BY installation, owner_agency, recovery_id
			""";

	/**
	 * The period's recoveries the audience may count, each with its current answer, kept by the
	 * database in {@code current_trace} as results are stored: one narrow row per traced recovery,
	 * joined by key, with no history to search and no JSON to open. {@code :share} (0 or 1) keeps the
	 * half of both tables whose ids hash to it, the same expression as the statistics of migration V8
	 * (so {@link #SHARES} is 2), or is null for all of them; a null {@code :country} is every country.
	 * {@link #SCOPED_WITH_GRANTED} adds the records other installations' agencies granted
	 * ({@code :foreign}, to {@code :grantee} or, null, to any agency here), each once, with the
	 * owner's latest answer; what they do not carry (the calibre's family, legal export) is unknown.
	 */
	private static final String SCOPED = """
			SELECT CASE WHEN t.status IS NULL THEN NULL WHEN t.us_sourced THEN 'US_SOURCED'
			            WHEN NOT t.us_sourced THEN 'NON_US_SOURCED' ELSE 'UNDETERMINED' END AS outcome,
			       t.status, t.reason, t.source_state, coalesce(r.admin_area, 'UNKNOWN') AS admin_area,
			       coalesce(t.firearm_type, r.firearm_type, 'UNKNOWN') AS firearm_type,
			       r.calibre_family, CASE WHEN r.calibre_family IS NULL THEN t.caliber END AS traced_calibre,
			       t.manufacturer AS traced_maker, CASE WHEN t.manufacturer IS NULL THEN r.manufacturer END AS described_maker,
			       coalesce(r.crime_code, 'UNKNOWN') AS crime_code, t.ttc,
			       coalesce(t.made_in, r.country_of_manufacture, 'UNKNOWN') AS made_in,
			       coalesce(r.crime_code = 'FOUND_FIREARM', false) AS found, t.us_sourced,
			       r.criminal_group_key AS criminal_group, t.exported
			FROM recovery r
			LEFT JOIN (SELECT agency, recovery_id, status, reason, us_sourced, time_to_crime_days AS ttc, source_state,
			                  firearm_type, caliber, manufacturer, made_in,
			                  EXISTS (SELECT 1 FROM exported_trace e WHERE e.trace_id = c.trace_id) AS exported
			           FROM current_trace c WHERE CAST(:share AS integer) IS NULL OR (hashtext(recovery_id) & 1) = :share) t
			       ON t.agency = r.agency AND t.recovery_id = r.recovery_id
			WHERE r.recovery_date BETWEEN :from AND :to
			  AND (CAST(:share AS integer) IS NULL OR (hashtext(r.recovery_id) & 1) = :share)
			  AND (CAST(:country AS text) IS NULL OR r.country = :country)
			  AND (:everyone OR r.agency = ANY(:agencies))
			""";

	/**
	 * The same with the records other installations' agencies granted: a branch of its own, written
	 * only into the statements of an audience that counts them, so that every other report (a
	 * published one, the benchmark's) keeps the plan of this installation's recoveries alone.
	 */
	private static final String SCOPED_WITH_GRANTED = SCOPED + """
			UNION ALL
			SELECT CASE WHEN f.trace_status IS NULL THEN NULL WHEN f.us_sourced THEN 'US_SOURCED'
			            WHEN NOT f.us_sourced THEN 'NON_US_SOURCED' ELSE 'UNDETERMINED' END,
			       f.trace_status, f.trace_reason, f.source_state, coalesce(f.admin_area, 'UNKNOWN'),
			       coalesce(f.firearm_type, 'UNKNOWN'), NULL, f.caliber,
			       CASE WHEN f.trace_status IS NOT NULL THEN f.manufacturer END,
			       CASE WHEN f.trace_status IS NULL THEN f.manufacturer END,
			       coalesce(f.crime_code, 'UNKNOWN'), f.time_to_crime_days, coalesce(f.country_of_manufacture, 'UNKNOWN'),
			       coalesce(f.crime_code = 'FOUND_FIREARM', false), f.us_sourced, f.criminal_group_key, NULL
			FROM (""" + GRANTED + """
			) f
			""";

	/** How many of the counted recoveries each other installation's agency granted. */
	private static final String SOURCES = "SELECT source, installation, owner_agency, count(*) AS recovered,"
			+ " count(trace_status) AS traced FROM (" + GRANTED + ") f GROUP BY 1, 2, 3 ORDER BY 1";

	/** The headline counts only, for the comparison with the previous period. */
	private static String headline(String scoped) {
		return "WITH scoped AS (" + scoped + """
				)
				SELECT count(*) AS recovered, count(status) AS traced,
				       count(*) FILTER (WHERE status IS NOT NULL AND us_sourced IS NOT NULL) AS established,
				       count(*) FILTER (WHERE us_sourced) AS us_sourced
				FROM scoped
				""";
	}

	/**
	 * Every facet's groups in one scan. The grouping sets are the facets' columns, written once in
	 * {@link Facet} (which reads the groups back by the same names): code, never a caller's words.
	 */
	private static String count(String scoped) {
		return "WITH scoped AS (" + scoped + ")\n"
				+ "SELECT GROUPING(" + String.join(", ", Facet.COLUMNS) + ") AS facet, "
				+ String.join(", ", Facet.COLUMNS) + ", count(*) AS recovered, count(status) AS traced,"
				+ " count(*) FILTER (WHERE status IS NOT NULL AND us_sourced IS NOT NULL) AS established,"
				+ " count(ttc) AS ttc_known, coalesce(sum(ttc), 0) AS ttc_sum FROM scoped GROUP BY GROUPING SETS ("
				+ java.util.Arrays.stream(Facet.values()).map(Facet::groupingSet).collect(Collectors.joining(", ")) + ")";
	}

	private static final String HEADLINE = headline(SCOPED);

	private static final String HEADLINE_WITH_GRANTED = headline(SCOPED_WITH_GRANTED);

	private static final String COUNT = count(SCOPED);

	private static final String COUNT_WITH_GRANTED = count(SCOPED_WITH_GRANTED);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	RecoveryFacts(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setReadOnly(true);
	}

	/**
	 * Every facet's groups for the recoveries of the request that the audience may count. The
	 * recoveries are split in {@link #SHARES} by a hash of their id and each share is counted on its
	 * own connection at the same time: the grouping-sets aggregate cannot use parallel workers, and
	 * every count is a sum, so the shares' groups add up to the whole.
	 */
	Map<Facet, List<FactRow>> count(Audience audience, ReportRequest request) {
		List<java.util.concurrent.CompletableFuture<Map<Facet, List<FactRow>>>> shares = new ArrayList<>();
		for (int share = 0; share < SHARES; share++) {
			int part = share;
			shares.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> countShare(audience, request, part),
					SHARE_WORKERS));
		}
		Map<Facet, Map<Map<String, Object>, FactRow>> merged = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			merged.put(facet, new LinkedHashMap<>());
		}
		for (var share : shares) {
			share.join().forEach((facet, rows) -> rows.forEach(row -> merged.get(facet).merge(row.keys(), row, FactRow::plus)));
		}
		Map<Facet, List<FactRow>> facts = new EnumMap<>(Facet.class);
		merged.forEach((facet, rows) -> facts.put(facet, new ArrayList<>(rows.values())));
		return facts;
	}

	/**
	 * Two shares: one per core of the machines IronTrace is measured on. Statistics on the share
	 * expression (migration V8) keep the planner's estimate of a share's size right.
	 */
	static final int SHARES = 2;

	private static final java.util.concurrent.ExecutorService SHARE_WORKERS = java.util.concurrent.Executors
		.newFixedThreadPool(SHARES, runnable -> {
			Thread worker = new Thread(runnable, "report-share");
			worker.setDaemon(true);
			return worker;
		});

	private Map<Facet, List<FactRow>> countShare(Audience audience, ReportRequest request, int share) {
		// Each share reads and hashes only its own part of both tables.
		Map<String, Object> params = params(audience, request, share);
		Map<Facet, List<FactRow>> facts = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			facts.put(facet, new ArrayList<>());
		}
		transactions.executeWithoutResult(status -> withRoomToHash(() -> jdbc.sql(audience.foreign() ? COUNT_WITH_GRANTED : COUNT).params(params).query((rs, n) -> {
			Facet facet = Facet.ofMask(rs.getInt("facet"));
			Map<String, Object> keys = new LinkedHashMap<>();
			for (String column : facet.columns) {
				keys.put(column, rs.getObject(column));
			}
			facts.get(facet).add(new FactRow(keys, rs.getLong("recovered"), rs.getLong("traced"),
					rs.getLong("established"), rs.getLong("ttc_known"), rs.getLong("ttc_sum")));
			return null;
		}).list()));
		return facts;
	}

	/** The query plan of the facet count, for the benchmark. */
	String explain(Audience audience, ReportRequest request) {
		Map<String, Object> params = params(audience, request, null);
		List<String> plan = new ArrayList<>();
		transactions.executeWithoutResult(status -> withRoomToHash(
				() -> plan.addAll(jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + (audience.foreign() ? COUNT_WITH_GRANTED : COUNT)).params(params).query(String.class).list())));
		return String.join("\n", plan);
	}

	/**
	 * Lets this transaction's aggregate keep every facet's groups in memory: the planner, which
	 * overestimates the number of groups, would otherwise sort a million rows once per facet.
	 * The groups themselves take a few megabytes.
	 */
	private void withRoomToHash(Runnable query) {
		jdbc.sql("SET LOCAL work_mem = '256MB'").update();
		// The probes are the bulk of the work and parallelise well; the planner's default costs
		// keep a query this size on one core.
		jdbc.sql("SET LOCAL parallel_setup_cost = 0").update();
		jdbc.sql("SET LOCAL parallel_tuple_cost = 0").update();
		query.run();
	}

	/** Where the granted recoveries a report counts come from (empty when it counts none). */
	List<RecoveryReport.SourceCount> grantedBy(Audience audience, ReportRequest request) {
		if (!audience.foreign()) {
			return List.of();
		}
		return jdbc.sql(SOURCES).params(params(audience, request, null))
			.query((rs, n) -> new RecoveryReport.SourceCount(rs.getString("source"), rs.getString("installation"),
					rs.getString("owner_agency"), rs.getLong("recovered"), rs.getLong("traced")))
			.list();
	}

	/** The headline counts only, for the comparison with the previous period. */
	FactRow headline(Audience audience, ReportRequest request) {
		return jdbc.sql(audience.foreign() ? HEADLINE_WITH_GRANTED : HEADLINE).params(params(audience, request, null))
			.query((rs, n) -> new FactRow(Map.of("usSourced", rs.getLong("us_sourced")), rs.getLong("recovered"),
					rs.getLong("traced"), rs.getLong("established"), 0, 0))
			.single();
	}

	/** The named parameters of {@link #SCOPED}: the period, the country, the audience and the share (null for all). */
	static Map<String, Object> params(Audience audience, ReportRequest request, Integer share) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", Date.valueOf(request.from()));
		params.put("to", Date.valueOf(request.to()));
		params.put("country", new SqlParameterValue(Types.VARCHAR, request.country()));
		params.put("share", new SqlParameterValue(Types.INTEGER, share));
		params.put("everyone", audience.everyone());
		params.put("agencies", audience.agencies().toArray(String[]::new));
		params.put("foreign", audience.foreign());
		params.put("grantee", new SqlParameterValue(Types.VARCHAR, audience.grantee()));
		return params;
	}
}
