package org.irontrace.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportReport;
import org.irontrace.imports.ImportService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An import that grows the recoveries by a tenth or more leaves the planner knowing the table's new
 * size, so the traces and leads' passes that follow at once are not planned for the table as it was
 * before the import.
 */
@SpringBootTest
class LargeRecoveryImportPlannedForTest {

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theRecoveriesTableIsCountedAgainAfterALargeImport() {
		java.time.OffsetDateTime before = jdbc.sql("SELECT now()").query(java.time.OffsetDateTime.class).single();
		StringBuilder csv = new StringBuilder("recovery_id,agency,recovery_date,country,admin_area,city,crime_code\n");
		// Large for the table as the planner counts it: other tests may have filled it.
		long counted = jdbc.sql("SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE relname = 'recovery_store'")
			.query(Long.class).single();
		int rows = (int) Math.max(ImportService.STATISTICS_AFTER + 200, counted / 5 + 1_000);
		for (int i = 0; i < rows; i++) {
			csv.append("PLAN-").append(i).append(",MX-FGR,2024-05-").append(String.format("%02d", 1 + i % 28))
				.append(",MX,Jalisco,Guadalajara,HOMICIDE\n");
		}
		ImportReport report = imports.importCsv("recoveries", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
				ImportProgress.NONE);
		assertThat(report.accepted()).isEqualTo(rows);
		java.time.OffsetDateTime analysed = jdbc.sql("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'recovery_store'")
			.query(java.time.OffsetDateTime.class).optional().orElse(null);
		assertThat(analysed).as("recovery_store analysed once the import was in").isNotNull().isAfterOrEqualTo(before);
	}
}
