package org.irontrace.intel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.irontrace.LedgerFixtures;
import org.irontrace.identity.People;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportService;
import org.irontrace.intel.worlds.IndependentWorld;
import org.irontrace.intel.worlds.WorldScore;
import org.irontrace.trace.TraceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scores the leads on worlds of the {@link IndependentWorld} generator, the way a new installation
 * meets them: the files imported, people resolved, every recovery traced one by one with the leads
 * following on their own, read once they have settled; then after a full refresh. Not a test: it
 * prints the figures for BENCHMARKS.md and is skipped unless asked for:
 * {@code ./mvnw test -Dtest=IndependentWorldsRun -Dworlds.seeds=7001,7002}.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "worlds.seeds", matches = "[0-9,]+")
class IndependentWorldsRun {

	@Autowired
	ImportService imports;

	@Autowired
	TraceService traces;

	@Autowired
	Intelligence intelligence;

	@Autowired
	LeadUpkeep upkeep;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void score() throws Exception {
		for (long seed : Arrays.stream(System.getProperty("worlds.seeds").split(",")).mapToLong(Long::parseLong).toArray()) {
			String tag = LedgerFixtures.uniqueTag();
			Path folder = Files.createTempDirectory("world");
			IndependentWorld.Truth truth = new IndependentWorld(seed, IndependentWorld.Shape.full(), tag).write(folder);
			for (String[] file : new String[][] { { "licensees", "licensees.csv" }, { "commerce-events", "commerce_events.csv" },
					{ "recoveries", "recoveries.csv" } }) {
				imports.importFile(file[0], folder.resolve(file[1]), ImportProgress.NONE);
			}
			people.resolve(null, false);
			settle();
			long started = System.nanoTime();
			var recovered = jdbc.sql("SELECT agency, recovery_id FROM recovery WHERE recovery_id LIKE ? ORDER BY recovery_date, recovery_id")
				.param("R" + tag + "-%").query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
			for (String[] recovery : recovered) {
				traces.trace(recovery[0], recovery[1]);
			}
			settle();
			double tracing = (System.nanoTime() - started) / 1e9;
			long events = Files.lines(folder.resolve("commerce_events.csv")).count() - 1;
			System.out.printf("world %d: %,d custody events, %,d recoveries, %d rings, %d corrupt dealers; traced one by one and"
					+ " settled in %.1f s%n", seed, events, recovered.size(), truth.rings().size(), truth.corruptDealers().size(), tracing);
			System.out.println("  as traced:           " + WorldScore.of(jdbc, truth, tag));
			intelligence.refresh();
			System.out.println("  after a full refresh: " + WorldScore.of(jdbc, truth, tag));
			if (Boolean.getBoolean("worlds.misses")) {
				org.irontrace.intel.worlds.RingMisses.print(jdbc, truth, tag);
				org.irontrace.intel.worlds.PrecisionMisses.print(jdbc, truth, tag);
			}
		}
	}

	private void settle() throws InterruptedException {
		if (!Settled.within(upkeep, java.time.Duration.ofMinutes(30))) {
			throw new IllegalStateException("the leads did not settle within 30 minutes");
		}
	}
}
