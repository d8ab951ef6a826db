package org.irontrace.benchmark;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's headline figures of a loaded world, printed so that a world loaded with the US
 * ledger and the same world as the agencies hold it (no ledger) can be set side by side: the
 * US-sourced share of the guns whose origin a trace established (as the dashboard counts it), the
 * source states of first retail sales, time-to-crime buckets.
 */
final class TraceFigures {

	private final JdbcClient jdbc;

	TraceFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void print() {
		Map<String, Object> share = jdbc.sql("""
				SELECT count(*) AS traced, count(*) FILTER (WHERE us_sourced) AS us,
				       count(*) FILTER (WHERE us_sourced IS NOT NULL) AS established,
				       count(*) FILTER (WHERE status = 'COMPLETED') AS completed
				FROM current_trace
				""").query().singleRow();
		long traced = ((Number) share.get("traced")).longValue();
		long established = ((Number) share.get("established")).longValue();
		// The dashboard's share: of the guns whose origin a trace established, US-sourced or not. A gun
		// nobody could trace (no answer yet, a failed answer) says nothing either way.
		System.out.printf("traced %,d; origin established %,d; US-sourced %.1f %% of established (%.1f %% of traced);"
				+ " completed to a purchaser %.1f %%%n", traced, established, percent(share.get("us"), established),
				percent(share.get("us"), traced), percent(share.get("completed"), traced));
		List<Map<String, Object>> states = jdbc.sql("""
				SELECT source_state, count(*) AS n FROM current_trace WHERE source_state IS NOT NULL
				GROUP BY source_state ORDER BY n DESC, source_state LIMIT 6
				""").query().listOfRows();
		long withState = jdbc.sql("SELECT count(*) FROM current_trace WHERE source_state IS NOT NULL").query(Long.class).single();
		StringBuilder line = new StringBuilder("source states (share of first sales):");
		states.forEach(row -> line.append(String.format(" %s %.1f %%", row.get("source_state"), percent(row.get("n"), withState))));
		System.out.println(line);
		Map<String, Object> buckets = jdbc.sql("""
				SELECT count(*) AS n,
				       count(*) FILTER (WHERE time_to_crime_days < 91) AS b1,
				       count(*) FILTER (WHERE time_to_crime_days >= 91 AND time_to_crime_days < 213) AS b2,
				       count(*) FILTER (WHERE time_to_crime_days >= 213 AND time_to_crime_days < 365) AS b3,
				       count(*) FILTER (WHERE time_to_crime_days >= 365 AND time_to_crime_days < 730) AS b4,
				       count(*) FILTER (WHERE time_to_crime_days >= 730 AND time_to_crime_days < 1095) AS b5,
				       count(*) FILTER (WHERE time_to_crime_days >= 1095) AS b6
				FROM current_trace WHERE time_to_crime_days IS NOT NULL
				""").query().singleRow();
		long n = ((Number) buckets.get("n")).longValue();
		System.out.printf("time-to-crime buckets (%% of %,d): <3 mo %.1f, 3-7 mo %.1f, 7-12 mo %.1f, 1-2 y %.1f, 2-3 y %.1f, 3+ y %.1f%n", n,
				percent(buckets.get("b1"), n), percent(buckets.get("b2"), n), percent(buckets.get("b3"), n),
				percent(buckets.get("b4"), n), percent(buckets.get("b5"), n), percent(buckets.get("b6"), n));
	}

	private static double percent(Object count, long of) {
		return of == 0 ? 0 : 100.0 * ((Number) count).longValue() / of;
	}
}
