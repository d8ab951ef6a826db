package org.irontrace.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A full refresh writes the graph's and the leads' tables anew; once it has committed they are
 * vacuumed, so the first pass after it does not pay for every new row one page at a time.
 */
@SpringBootTest
class FullRefreshVacuumedTest {

	@Autowired
	Intelligence intelligence;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theTablesAFullRefreshWroteAreVacuumedOnceItCommits() {
		OffsetDateTime before = jdbc.sql("SELECT now()").query(OffsetDateTime.class).single();
		intelligence.refresh();
		List<String> vacuumed = jdbc.sql("""
				SELECT relname FROM pg_stat_user_tables WHERE last_vacuum >= ? ORDER BY relname
				""").param(before).query(String.class).list();
		assertThat(vacuumed).contains("network_gun", "network_link", "network_ring", "network_person_store", "lead",
				"intel_sale_group");
	}
}
