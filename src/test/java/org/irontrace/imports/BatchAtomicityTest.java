package org.irontrace.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A failure in the middle of an import (here the database refusing the third batch) leaves whole
 * batches or nothing of a batch, never part of one; sending the file again completes it.
 */
@SpringBootTest
class BatchAtomicityTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void table() {
		jdbc.sql("CREATE TABLE IF NOT EXISTS atomicity_probe (id int PRIMARY KEY)").update();
		jdbc.sql("TRUNCATE atomicity_probe").update();
	}

	@Test
	void aFailedBatchLeavesNothingHalfWrittenAndASecondSendingCompletesTheFile() {
		int rows = ImportService.BATCH_ROWS * 4;
		StringBuilder csv = new StringBuilder("id\n");
		for (int i = 1; i <= rows; i++) {
			csv.append(i).append('\n');
		}
		ImportService failing = new ImportService(dataSource, List.of(new ProbeImporter(50_000)), event -> {
		}, new ImportSlots(2, 4));
		assertThatThrownBy(() -> failing.importCsv("probe", stream(csv), ImportProgress.NONE))
			.isInstanceOf(RuntimeException.class);
		long written = jdbc.sql("SELECT count(*) FROM atomicity_probe").query(Long.class).single();
		assertThat(written % ImportService.BATCH_ROWS).as("only whole batches").isZero();
		assertThat(written).isLessThan(rows);

		ImportReport again = new ImportService(dataSource, List.of(new ProbeImporter(0)), event -> {
		}, new ImportSlots(2, 4))
			.importCsv("probe", stream(csv), ImportProgress.NONE);
		assertThat(again.accepted() + again.duplicates()).isEqualTo(rows);
		assertThat(again.duplicates()).isEqualTo(written);
		assertThat(jdbc.sql("SELECT count(*) FROM atomicity_probe").query(Long.class).single()).isEqualTo(rows);
	}

	@Test
	void wideRowsAreWrittenInBatchesOfAtMostFourMebibytes() {
		int rows = 10_000;
		StringBuilder csv = new StringBuilder("id,note\n");
		for (int i = 1; i <= rows; i++) {
			csv.append(i).append(',').append("n".repeat(CsvImporter.LONGEST_VALUE)).append('\n');
		}
		ImportService failing = new ImportService(dataSource, List.of(new ProbeImporter(9_000)), event -> {
		}, new ImportSlots(2, 4));
		assertThatThrownBy(() -> failing.importCsv("probe", stream(csv), ImportProgress.NONE))
			.isInstanceOf(RuntimeException.class);
		long written = jdbc.sql("SELECT count(*) FROM atomicity_probe").query(Long.class).single();
		// About 4,170 rows of 1,006 staged characters fill 4 MiB: batches by rows alone (20,000) would
		// have put row 9,000 in the first batch and written nothing.
		assertThat(written).as("whole batches cut by size before the failing one").isBetween(4_000L, 8_999L);
	}

	private static ByteArrayInputStream stream(CharSequence csv) {
		return new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Imports ids with a note; the batch holding id {@code failingId} (0: none) breaks in its merge. */
	private record ProbeImporter(int failingId) implements CsvImporter {

		@Override
		public String kind() {
			return "probe";
		}

		@Override
		public List<String> columns() {
			return List.of("id", "note");
		}

		@Override
		public List<String> requiredColumns() {
			return List.of("id");
		}

		@Override
		public String stagingTable() {
			return "staged_probe";
		}

		@Override
		public String stagingColumns() {
			return "id int, note text";
		}

		@Override
		public void stage(CsvRow row, StagedRow out) {
			out.add(row.required("id")).add(row.text("note"));
		}

		@Override
		public String mergeSql() {
			String guard = failingId == 0 ? "" : " WHERE 1 / (CASE WHEN id = " + failingId + " THEN 0 ELSE 1 END) = 1";
			return "INSERT INTO atomicity_probe SELECT id FROM staged_probe" + guard + " ON CONFLICT DO NOTHING";
		}
	}
}
