package org.irontrace.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table an import grows is counted again for the planner while the import runs, when the rows
 * written since its last count are more than four times that count, and once the import is in,
 * when they are a tenth of it or more; not more often.
 */
@SpringBootTest
class PlannerCountsTest {

	private static final String TABLE = "planner_counts_probe";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyTableCountedEmpty() {
		jdbc.sql("DROP TABLE IF EXISTS " + TABLE).update();
		jdbc.sql("CREATE TABLE " + TABLE + " (id bigint PRIMARY KEY, agency text)").update();
		jdbc.sql("ANALYZE " + TABLE).update();
	}

	@AfterEach
	void dropped() {
		jdbc.sql("DROP TABLE IF EXISTS " + TABLE).update();
	}

	@Test
	void aTableIsCountedWhenTheImportFarOutgrowsWhatThePlannerKnew() {
		PlannerCounts counts = new PlannerCounts(dataSource, List.of(new GrowingTable(TABLE, List.of("agency"))));
		grow(999);
		counts.written(999);
		assertThat(plannerRows()).as("fewer rows than one count is worth").isZero();

		grow(5_000);
		counts.written(5_000);
		assertThat(plannerRows()).as("counted once the import outgrew an empty table").isEqualTo(5_000);

		grow(9_000);
		counts.written(9_000);
		assertThat(plannerRows()).as("4,000 written since a count of 5,000: planned for well enough").isEqualTo(5_000);

		grow(26_000);
		counts.written(26_000);
		assertThat(plannerRows()).as("21,000 written since a count of 5,000").isEqualTo(26_000);
	}

	@Test
	void aBatchBesideTheFirstWaitsOnlyWhileATableIsCountedNearlyEmpty() {
		PlannerCounts counts = new PlannerCounts(dataSource, List.of(new GrowingTable(TABLE, List.of("agency"))));
		assertThat(counts.wouldRecountAfter(12_000)).as("an empty table, a full batch").isTrue();
		assertThat(counts.wouldRecountAfter(999)).as("fewer rows than one count is worth").isFalse();

		grow(5_000);
		counts.written(5_000);
		assertThat(counts.wouldRecountAfter(12_000)).as("12,000 rows on a count of 5,000").isFalse();
		assertThat(counts.wouldRecountAfter(20_001)).as("more than four times the count").isTrue();
	}

	@Test
	void aTableGrownByATenthIsCountedOnceTheImportIsIn() {
		PlannerCounts counts = new PlannerCounts(dataSource, List.of(new GrowingTable(TABLE, List.of())));
		grow(20_000);
		counts.written(20_000);
		assertThat(plannerRows()).isEqualTo(20_000);

		grow(20_500);
		counts.finished(20_500);
		assertThat(plannerRows()).as("500 rows are not worth a count").isEqualTo(20_000);

		grow(21_500);
		counts.finished(21_500);
		assertThat(plannerRows()).as("1,500 rows on 20,000: under a tenth").isEqualTo(20_000);

		grow(23_000);
		counts.finished(23_000);
		assertThat(plannerRows()).as("3,000 rows on 20,000").isEqualTo(23_000);
	}

	@Test
	void anImportThatGrowsNoTableCountsNothing() {
		PlannerCounts counts = new PlannerCounts(dataSource, List.of());
		grow(5_000);
		counts.written(5_000);
		counts.finished(5_000);
		assertThat(plannerRows()).isZero();
	}

	private void grow(int rows) {
		jdbc.sql("INSERT INTO " + TABLE + " SELECT g, 'MX-FGR' FROM generate_series(1, ?) g ON CONFLICT DO NOTHING")
			.param(rows)
			.update();
	}

	private long plannerRows() {
		return jdbc.sql("SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = to_regclass(?)")
			.param(TABLE)
			.query(Long.class)
			.single();
	}
}
