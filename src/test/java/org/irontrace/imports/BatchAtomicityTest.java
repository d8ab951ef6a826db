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
		ImportService failing = new ImportService(dataSource, List.of(new ProbeImporter(true)), event -> {
		}, new ImportSlots(2, 4));
		assertThatThrownBy(() -> failing.importCsv("probe", stream(csv), ImportProgress.NONE))
			.isInstanceOf(RuntimeException.class);
		long written = jdbc.sql("SELECT count(*) FROM atomicity_probe").query(Long.class).single();
		assertThat(written % ImportService.BATCH_ROWS).as("only whole batches").isZero();
		assertThat(written).isLessThan(rows);

		ImportReport again = new ImportService(dataSource, List.of(new ProbeImporter(false)), event -> {
		}, new ImportSlots(2, 4))
			.importCsv("probe", stream(csv), ImportProgress.NONE);
		assertThat(again.accepted() + again.duplicates()).isEqualTo(rows);
		assertThat(again.duplicates()).isEqualTo(written);
		assertThat(jdbc.sql("SELECT count(*) FROM atomicity_probe").query(Long.class).single()).isEqualTo(rows);
	}

	private static ByteArrayInputStream stream(CharSequence csv) {
		return new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Imports ids; when failing, the batch holding id 50,000 breaks in its merge. */
	private record ProbeImporter(boolean failing) implements CsvImporter {

		@Override
		public String kind() {
			return "probe";
		}

		@Override
		public List<String> columns() {
			return List.of("id");
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
			return "id int";
		}

		@Override
		public void stage(CsvRow row, StagedRow out) {
			out.add(row.required("id"));
		}

		@Override
		public String mergeSql() {
			String guard = failing ? " WHERE 1 / (CASE WHEN id = 50000 THEN 0 ELSE 1 END) = 1" : "";
			return "INSERT INTO atomicity_probe SELECT id FROM staged_probe" + guard + " ON CONFLICT DO NOTHING";
		}
	}
}
