package org.irontrace.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps what the planner knows of the tables an import grows close enough to the truth. Each
 * batch's statements are planned afresh from it. A table counted while it was empty, or never
 * counted, is planned for as a handful of rows, and every index whose first column matches looks as
 * good as the right one: on an external server, one batch of 12,000 trace results looked its trace
 * numbers up through the index of their recoveries, whose first column (the agency) was all it could
 * use, and took 101 s instead of 0.2 s (BENCHMARKS.md, 2026-12-07). Autovacuum counts a table again
 * only a minute or more later.
 * <p>
 * So while the import runs, a table is analysed (its keys only) once the rows written since its last
 * count are more than four times that count: a plan that suits a table five times smaller is still
 * the plan of an index look-up, and a 1,000,000-row import into an empty table pays three or four
 * sampled reads. Once the import is in, a table it grew by a tenth or more is analysed again, as
 * autovacuum would later, so the traces and passes that follow at once are planned for it as it is.
 */
final class PlannerCounts {

	private static final Logger log = LoggerFactory.getLogger(PlannerCounts.class);

	/** While the import runs: written since the last count, against that count. */
	static final double OUTGROWN = 4;

	/** Once it is in: the share autovacuum itself waits for before it counts a table again. */
	static final double GROWN = 0.1;

	private final JdbcTemplate jdbc;

	private final List<GrowingTable> tables;

	/** Rows each table held by the planner's last count (0 when never counted). */
	private final Map<String, Double> counted = new HashMap<>();

	/** Rows this import had written when each table was last counted. */
	private final Map<String, Long> writtenAtCount = new HashMap<>();

	PlannerCounts(DataSource dataSource, List<GrowingTable> tables) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.tables = tables;
	}

	/** After a batch: the tables this import has far outgrown since they were counted. */
	void written(long written) {
		analyseWhere(written, OUTGROWN);
	}

	/** Once the import is in: the tables it grew by a tenth or more since they were counted. */
	void finished(long written) {
		analyseWhere(written, GROWN);
	}

	/**
	 * Whether a batch of this many rows, once written, would have a table counted again: a table
	 * counted while empty or nearly so. The batch planned beside it should wait for that count.
	 */
	boolean wouldRecountAfter(long batchRows) {
		return batchRows >= ImportService.STATISTICS_AFTER && tables.stream()
			.anyMatch(table -> batchRows > OUTGROWN * counted.computeIfAbsent(table.name(), this::plannerRows));
	}

	private void analyseWhere(long written, double share) {
		for (GrowingTable table : tables) {
			long since = written - writtenAtCount.getOrDefault(table.name(), 0L);
			if (since < ImportService.STATISTICS_AFTER) {
				continue;
			}
			double known = counted.computeIfAbsent(table.name(), this::plannerRows);
			if (since > share * known) {
				long started = System.nanoTime();
				jdbc.execute(table.analyse());
				writtenAtCount.put(table.name(), written);
				counted.put(table.name(), plannerRows(table.name()));
				log.debug("Analysed {} after {} rows written, in {} ms: the planner counts {} rows, {} before",
						table.name(), written, (System.nanoTime() - started) / 1_000_000, counted.get(table.name()), known);
			}
		}
	}

	private double plannerRows(String table) {
		Double rows = jdbc.queryForObject("SELECT greatest(reltuples, 0)::float8 FROM pg_class WHERE oid = to_regclass(?)",
				Double.class, table);
		return rows == null ? 0 : rows;
	}
}
