package org.irontrace.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.irontrace.benchmark.GroundTruthCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small simulated world, imported, traced and resolved through the normal paths: the leads find
 * its planted straw purchasers, rings and corrupt dealers at modest thresholds (the full figures are
 * measured by {@code intel-benchmark} on a large world).
 */
@SpringBootTest
class SimulatedWorldLeadsTest {

	final ApplicationContext beans;

	final Intelligence intelligence;

	final JdbcClient jdbc;

	@Autowired
	SimulatedWorldLeadsTest(ApplicationContext beans, Intelligence intelligence, JdbcClient jdbc) {
		this.beans = beans;
		this.intelligence = intelligence;
		this.jdbc = jdbc;
	}

	@TempDir
	Path world;

	@Test
	void leadsPointAtThePlantedTraffickers() throws Exception {
		TaggedWorld.load(beans, world, 90210, 6000);
		RefreshSummary summary = intelligence.refresh();

		GroundTruthCheck truth = new GroundTruthCheck(world.resolve("ground_truth.json"), jdbc);
		// This world's leads: people with a sale record of its ledger (event ids carry the seed).
		String events = "event:W" + Long.toUnsignedString(90210, 36).toUpperCase() + "-%";
		List<String> mine = jdbc.sql("""
				SELECT subject FROM lead l WHERE active AND lead_type = 'PERSON' AND EXISTS (SELECT 1 FROM person_assignment a
				    WHERE a.person_id = l.subject AND a.record_id LIKE ?) ORDER BY score DESC
				""").param(events).query(String.class).list();
		List<List<String>> rings = jdbc.sql("SELECT members FROM network_ring").query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).list();
		List<String> dealers = jdbc.sql("SELECT subject FROM lead WHERE active AND lead_type = 'DEALER' ORDER BY score DESC LIMIT 20")
			.query(String.class).list();
		System.out.printf("%s; precision %.3f, recall %.3f, rings %.3f of %d, dealers %.3f%n", summary,
				truth.precision(mine.subList(0, Math.min(30, mine.size()))), truth.recall(mine), truth.ringsFound(rings),
				truth.plantedRings.size(), truth.dealersFound(dealers));

		assertThat(truth.recall(mine)).isGreaterThan(0.5);
		assertThat(truth.precision(mine.subList(0, Math.min(30, mine.size())))).isGreaterThan(0.6);
		assertThat(truth.ringsFound(rings)).isGreaterThan(0.5);
	}
}
