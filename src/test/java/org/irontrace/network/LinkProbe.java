package org.irontrace.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportReport;
import org.irontrace.imports.ImportService;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Files loaded whole, and whether the buyers of two recovered guns are joined by a link of one kind. */
record LinkProbe(ImportService imports, JdbcClient jdbc) {

	boolean linked(String kind, String agency, String first, String second) {
		List<String> buyers = jdbc.sql("SELECT purchaser_id FROM network_gun WHERE agency = ? AND recovery_id IN (?, ?)")
			.params(agency, first, second).query(String.class).list();
		assertThat(buyers).as("the buyers of %s and %s", first, second).hasSize(2).doesNotContainNull().doesNotHaveDuplicates();
		return jdbc.sql("SELECT count(*) FROM network_link WHERE kind = :kind AND a = ANY(:p) AND b = ANY(:p)")
			.param("kind", kind)
			.param("p", buyers.toArray(String[]::new))
			.query(Long.class)
			.single() > 0;
	}

	void load(String kind, String rows) {
		ImportReport report = imports.importCsv(kind, new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
		assertThat(report.rejected()).as("%s refused: %s", kind, report).isZero();
	}
}
