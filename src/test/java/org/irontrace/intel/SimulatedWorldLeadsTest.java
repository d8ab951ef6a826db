package org.irontrace.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.irontrace.LedgerFixtures;
import org.irontrace.identity.People;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportService;
import org.irontrace.simulation.IronRiverSimulator;
import org.irontrace.simulation.SimulationSettings;
import org.irontrace.trace.TraceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small simulated world, imported, traced and resolved through the normal paths: the leads find
 * its planted straw purchasers, rings and corrupt dealers at modest thresholds (the full figures are
 * measured by {@code intel-benchmark} on a large world).
 */
@SpringBootTest
class SimulatedWorldLeadsTest {

	final ImportService imports;

	final TraceService traces;

	final People people;

	final Intelligence intelligence;

	final JdbcClient jdbc;

	@Autowired
	SimulatedWorldLeadsTest(ImportService imports, TraceService traces, People people, Intelligence intelligence, JdbcClient jdbc) {
		this.imports = imports;
		this.traces = traces;
		this.people = people;
		this.intelligence = intelligence;
		this.jdbc = jdbc;
	}

	@TempDir
	Path world;

	@Test
	void leadsPointAtThePlantedTraffickers() throws Exception {
		new IronRiverSimulator().writeWorld(new SimulationSettings(90210, 6000, 2015, 2024), world, done -> {
		});
		// Recovery ids do not depend on the seed; a tag keeps this world's apart from other tests' worlds.
		String tag = LedgerFixtures.uniqueTag();
		List<String> lines = Files.readAllLines(world.resolve("recoveries.csv"));
		for (int i = 1; i < lines.size(); i++) {
			lines.set(i, tag + "-" + lines.get(i));
		}
		Files.write(world.resolve("recoveries.csv"), lines);
		imports.importFolder(world, ImportProgress.NONE);
		jdbc.sql("SELECT DISTINCT agency FROM recovery WHERE recovery_id LIKE ?").param(tag + "-%").query(String.class).list()
			.forEach(agency -> traces.traceUntraced(agency, done -> {
			}));
		people.resolve(null, false);
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
