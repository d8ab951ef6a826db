package org.irontrace.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard cells the database keeps (migration V36) answer exactly what a count over the
 * recoveries and their current trace answers gives, after recoveries arrive, are traced, re-traced
 * (later and earlier answers, several in one statement), corrected and removed, for several
 * agencies, periods cut inside months, filters (the criminal group too) and audiences. Its recoveries are in countries of
 * their own (XA, XB), so the report tests sharing this database never count them.
 */
@SpringBootTest
class DashboardCellsTest {

	final JdbcClient jdbc;

	final DashboardFacts facts;

	final String a = "CELLS-A-" + UUID.randomUUID();

	final String b = "CELLS-B-" + UUID.randomUUID();

	final DashboardCellUpkeep upkeep;

	@Autowired
	DashboardCellsTest(JdbcClient jdbc, DashboardFacts facts, DashboardCellUpkeep upkeep) {
		this.jdbc = jdbc;
		this.facts = facts;
		this.upkeep = upkeep;
	}

	@Test
	void theCellsAddUpToTheRowsThroughTracesReTracesCorrectionsAndRemovals() {
		recoveries(a, 400);
		recoveries(b, 250);
		traces(a, "2024-01-01", 0, 3);
		traces(b, "2024-01-01", 0, 2);
		agreesWithTheRows();

		// Re-traces: a later answer moves the recovery to other cells; an earlier one changes nothing;
		// two answers for one recovery in one statement count once, as the latest.
		traces(a, "2024-06-01", 1, 5);
		traces(a, "2023-01-01", 2, 3);
		traces(b, "2024-07-01", 3, 4);
		traces(b, "2024-07-02", 4, 4);
		// Corrections to recoveries, and untraced ones removed.
		jdbc.sql("UPDATE recovery_store SET crime_code = NULL, admin_area = 'chh', recovery_date = recovery_date + 40 "
				+ "WHERE agency = ? AND right(recovery_id, 1) IN ('1', '7')").param(a).update();
		// An agency's attribution corrected: the recoveries move from one group's cells to another's.
		jdbc.sql("UPDATE recovery_store SET criminal_group_key = CASE WHEN criminal_group_key IS NULL THEN 'SINALOA' END "
				+ "WHERE agency = ? AND right(recovery_id, 1) IN ('2', '3')").param(b).update();
		jdbc.sql("DELETE FROM recovery_store r WHERE agency = ? AND right(recovery_id, 1) = '9' "
				+ "AND NOT EXISTS (SELECT 1 FROM trace_result t WHERE t.agency = r.agency AND t.recovery_id = r.recovery_id)")
			.param(b).update();
		jdbc.sql("DELETE FROM current_trace WHERE agency = ? AND right(recovery_id, 1) = '4'").param(b).update();
		agreesWithTheRows();
	}

	/**
	 * A trace appends its recovery's rows for the cells to fold later (V190): the dashboard counts them at once, before
	 * the background folds them in, and the same after; a fold leaves nothing of these agencies pending.
	 */
	@Test
	void tracesAreCountedBeforeAndAfterTheirChangesAreFoldedIntoTheCells() {
		recoveries(a, 300);
		recoveries(b, 120);
		upkeep.fold();
		traces(a, "2024-01-01", 0, 2);
		traces(b, "2024-03-01", 1, 3);
		traces(a, "2024-06-01", 1, 4);
		assertThat(pending()).as("changes of the traces waiting to be folded").isPositive();
		agreesWithTheRows();

		upkeep.fold();
		assertThat(pending()).isZero();
		agreesWithTheRows();

		// Re-traces after the fold move recoveries out of folded cells into others.
		traces(a, "2024-09-01", 0, 3);
		jdbc.sql("UPDATE recovery_store SET admin_area = 'son' WHERE agency = ? AND right(recovery_id, 1) = '5'").param(a).update();
		agreesWithTheRows();
		upkeep.fold();
		agreesWithTheRows();
	}

	/**
	 * Corrections of recoveries write the cells in their own statements while the background folds
	 * traces' changes into the same cells: the two once deadlocked. Many rounds of both at once, then
	 * every correction has gone through and the cells still equal the rows.
	 */
	@Test
	void correctionsAndFoldsAtTheSameTimeNeverDeadlock() throws Exception {
		recoveries(a, 400);
		recoveries(b, 200);
		upkeep.fold();
		java.util.concurrent.ExecutorService folds = java.util.concurrent.Executors.newSingleThreadExecutor();
		try {
			for (int round = 0; round < 20; round++) {
				traces(a, "2024-0" + (1 + round % 9) + "-01", round % 10, 1 + round % 10);
				java.util.concurrent.Future<Long> fold = folds.submit(upkeep::fold);
				String area = round % 2 == 0 ? "son" : "chh";
				jdbc.sql("UPDATE recovery_store SET admin_area = ? WHERE agency IN (?, ?) AND right(recovery_id, 1) IN ('1', '3', '5', '7')")
					.params(area, a, b)
					.update();
				fold.get(1, java.util.concurrent.TimeUnit.MINUTES);
			}
		}
		finally {
			folds.shutdownNow();
		}
		agreesWithTheRows();
		upkeep.fold();
		agreesWithTheRows();
	}

	private long pending() {
		return jdbc.sql("SELECT count(*) FROM dashboard_cell_pending WHERE agency IN (?, ?)")
			.params(a, b)
			.query(Long.class)
			.single();
	}

	private void agreesWithTheRows() {
		Audience both = Audience.of(List.of(a, b));
		List<DashboardRequest> requests = List.of(
				new DashboardRequest(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31), null, null, null, null),
				new DashboardRequest(LocalDate.of(2023, 1, 15), LocalDate.of(2024, 3, 10), null, null, null, null),
				new DashboardRequest(LocalDate.of(2023, 5, 3), LocalDate.of(2023, 5, 20), null, null, null, null),
				new DashboardRequest(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 11, 30), a, "xa", null, "homicide"),
				new DashboardRequest(LocalDate.of(2022, 12, 20), LocalDate.of(2024, 2, 29), null, "XB", "chh", null),
				new DashboardRequest(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31), null, null, null, null, "CJNG"),
				new DashboardRequest(LocalDate.of(2023, 3, 9), LocalDate.of(2024, 8, 31), null, "XA", null, null, "SINALOA"));
		for (DashboardRequest request : requests) {
			for (Audience audience : List.of(both, Audience.of(List.of(b)))) {
				Map<DashboardFacet, Map<Map<String, Object>, DashboardGroup>> cells = nonEmpty(facts.count(audience, request));
				Map<DashboardFacet, Map<Map<String, Object>, DashboardGroup>> rows = nonEmpty(facts.countRows(audience, request));
				assertThat(cells).as("%s for %s", request, audience).isEqualTo(rows);
			}
		}
		assertThat(nonEmpty(facts.count(both, new DashboardRequest(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31),
				null, null, null, null))).get(DashboardFacet.TOTAL)).isNotEmpty();
		assertThat(nonEmpty(facts.count(both, new DashboardRequest(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31),
				null, null, null, null))).get(DashboardFacet.CRIMINAL_GROUPS).keySet())
			.contains(java.util.Collections.singletonMap("criminal_group", "CJNG"),
					java.util.Collections.singletonMap("criminal_group", "LOS VIAGRAS"));
		// Where one group's guns came from, and which guns they are.
		var cjng = nonEmpty(facts.count(both, new DashboardRequest(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31),
				null, null, null, null, "CJNG")));
		assertThat(cjng.get(DashboardFacet.FIREARM_TYPES).keySet()).contains(java.util.Collections.singletonMap("firearm_type", "RIFLE"));
		assertThat(cjng.get(DashboardFacet.SOURCE_STATES)).isNotEmpty();
		assertThat(cjng.get(DashboardFacet.CRIMINAL_GROUPS).keySet())
			.containsExactly(java.util.Collections.singletonMap("criminal_group", "CJNG"));
	}

	private static Map<DashboardFacet, Map<Map<String, Object>, DashboardGroup>> nonEmpty(
			Map<DashboardFacet, List<DashboardGroup>> groups) {
		Map<DashboardFacet, Map<Map<String, Object>, DashboardGroup>> byKeys = new EnumMap<>(DashboardFacet.class);
		groups.forEach((facet, list) -> {
			Map<Map<String, Object>, DashboardGroup> keyed = new HashMap<>();
			list.stream().filter(g -> g.recovered() > 0).forEach(g -> keyed.put(g.keys(), g));
			byKeys.put(facet, keyed);
		});
		return byKeys;
	}

	private void recoveries(String agency, int count) {
		jdbc.sql("""
				INSERT INTO recovery (agency, recovery_id, recovery_date, country, admin_area, latitude, longitude, crime_code,
				                      manufacturer, caliber, calibre_family, criminal_group, criminal_group_key, firearm_type)
				SELECT ?, 'R' || i, DATE '2023-01-01' + (i * 37 % 700),
				       (ARRAY['XA', 'XA', 'XB'])[1 + i % 3],
				       (ARRAY['CHH', 'chh', NULL, 'JAL', 'Son'])[1 + i % 5],
				       CASE WHEN i % 4 <> 0 THEN 19.0 + (i % 9) * 0.37 END, CASE WHEN i % 6 <> 0 THEN -99.0 - (i % 5) * 0.21 END,
				       (ARRAY['HOMICIDE', NULL, 'ASSAULT', 'HOMICIDE'])[1 + i % 4],
				       (ARRAY['Colt', NULL, 'Glock'])[1 + i % 3], (ARRAY['9mm', NULL, '.223', '7.62x39'])[1 + i % 4],
				       CASE WHEN i % 5 = 0 THEN NULL ELSE (ARRAY['9x19mm', '5.56x45mm'])[1 + i % 2] END,
				       (ARRAY['CJNG', NULL, 'Shower Posse', NULL, 'Los Viagras', 'cártel jalisco'])[1 + i % 6],
				       (ARRAY['CJNG', NULL, 'SHOWER_POSSE', NULL, 'LOS VIAGRAS', 'CJNG'])[1 + i % 6],
				       (ARRAY['RIFLE', 'PISTOL', NULL, 'pistola'])[1 + i % 4]
				FROM generate_series(1, ?) AS i""").params(agency, count).update();
	}

	/** One answer for every recovery whose number leaves {@code remainder} when divided by {@code every}, twice for some. */
	private void traces(String agency, String tracedAt, int remainder, int every) {
		jdbc.sql("""
				INSERT INTO trace_result (trace_id, agency, recovery_id, traced_at, status, reason, us_sourced,
				                          time_to_crime_days, result)
				SELECT gen_random_uuid(), r.agency, r.recovery_id, ?::timestamptz + make_interval(hours => copy),
				       s.status, NULL, s.us_sourced, s.ttc,
				       jsonb_build_object('firearm', jsonb_build_object(
				           'manufacturer', (ARRAY['Ruger', NULL, 'Colt', 'Taurus'])[1 + (n + copy) % 4],
				           'caliber', (ARRAY['.38 Special', NULL, '9mm'])[1 + (n + copy) % 3],
				           'firearmType', (ARRAY['RIFLE', NULL, 'REVOLVER', NULL, 'PISTOL'])[1 + (n + copy) % 5]),
				           'firstRetailSale', CASE WHEN s.status = 'COMPLETED'
				               THEN jsonb_build_object('state', (ARRAY['TX', 'AZ', 'CA'])[1 + (n + copy) % 3]) END)
				FROM (SELECT agency, recovery_id, substr(recovery_id, 2)::int AS n FROM recovery_store WHERE agency = ?) r
				CROSS JOIN generate_series(0, 1) AS copy
				CROSS JOIN LATERAL (SELECT (ARRAY['COMPLETED', 'PARTIAL', 'NOT_TRACED', 'COMPLETED'])[1 + (n + copy) % 4] AS status,
				       CASE WHEN (n + copy) % 4 = 2 AND n % 2 = 0 THEN NULL WHEN (n + copy) % 5 = 0 THEN false ELSE true END AS us_sourced,
				       CASE WHEN (n + copy) % 4 IN (0, 3) THEN (n * 97 + copy * 400) % 1500 END AS ttc) AS s
				WHERE n % ? = ? AND (copy = 0 OR n % 7 = 0)""").params(tracedAt, agency, every, remainder).update();
	}
}
