package org.irontrace.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.irontrace.IronTraceApplication;
import org.irontrace.LedgerFixtures;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportService;
import org.irontrace.intel.worlds.IndependentWorld;
import org.irontrace.trace.TraceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The work that follows a trace is not lost when the installation stops before doing it: the traces
 * are stored, the installation stops with their follow-up not begun, and at the next start the event
 * publication registry hands it back, so the leads follow without anyone tracing again or asking for
 * a refresh, and raise what a full refresh raises.
 */
class TracesFollowedAfterARestartTest {

	@TempDir
	Path folder;

	@Test
	void tracesWhoseFollowUpWasCutOffByAStopAreBroughtInAtTheNextStart() throws Exception {
		String tag = LedgerFixtures.uniqueTag();
		Path world = folder.resolve("world");
		new IndependentWorld(404, IndependentWorld.Shape.small(), tag).write(world);
		List<String> beforeTheStop;
		int traced;
		try (ConfigurableApplicationContext first = start()) {
			importWorld(first, world);
			LeadUpkeep upkeep = first.getBean(LeadUpkeep.class);
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			assertThat(Settled.within(upkeep, Duration.ofMinutes(1))).as("the imports' work settles").isTrue();
			beforeTheStop = LeadsAsRead.snapshot(jdbc);

			upkeep.hold(true);
			traced = traceEveryRecovery(first, tag);
			assertThat(upkeep.status().settled()).isFalse();
			assertThat(upkeep.status().pendingRecoveries()).isEqualTo(traced);
			assertThat(waitingInTheRegistry(jdbc)).as("each trace's follow-up written down, none done").isEqualTo(traced);
		}

		try (ConfigurableApplicationContext second = start()) {
			LeadUpkeep upkeep = second.getBean(LeadUpkeep.class);
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(Settled.within(upkeep, Duration.ofMinutes(1))).as("the work handed back settles").isTrue();
			assertThat(waitingInTheRegistry(jdbc)).as("follow-ups left undone").isZero();
			List<String> asHandedBack = LeadsAsRead.snapshot(jdbc);
			assertThat(asHandedBack).as("the traces moved the leads").isNotEqualTo(beforeTheStop);
			assertThat(asHandedBack).as("leads raised on the %d traced recoveries", traced)
				.anyMatch(line -> line.startsWith("PERSON |"));

			second.getBean(Intelligence.class).refresh();
			// Everything an analyst reads (every lead's score, evidence and people, every ring and link)
			// is what a full refresh computes.
			assertThat(asHandedBack).as("leads, rings and links as handed back, against a full refresh")
				.containsExactlyInAnyOrderElementsOf(LeadsAsRead.snapshot(jdbc));
		}
	}

	/**
	 * A ledger import calls for a full refresh; the traces that follow it are covered by that refresh,
	 * so their registry rows go as soon as the need is written down, and no event waits in memory. The
	 * installation stops before the refresh runs: the next start finds the need and runs it.
	 */
	@Test
	void aFullRefreshDueAtAStopIsRunAtTheNextStartAndTheTracesItCoversWaitForNothing() throws Exception {
		String tag = LedgerFixtures.uniqueTag();
		Path world = folder.resolve("world");
		new IndependentWorld(405, IndependentWorld.Shape.small(), tag).write(world);
		List<String> beforeTheStop;
		Instant dueSince = null;
		try (ConfigurableApplicationContext first = start()) {
			LeadUpkeep upkeep = first.getBean(LeadUpkeep.class);
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			assertThat(Settled.within(upkeep, Duration.ofMinutes(1))).as("the start's own work settles").isTrue();
			beforeTheStop = LeadsAsRead.snapshot(jdbc);
			upkeep.hold(true);
			importWorld(first, world);
			traceEveryRecovery(first, tag);

			assertThat(upkeep.status().fullRefreshDue()).isTrue();
			dueSince = upkeep.status().fullRefreshDueSince();
			assertThat(dueSince).as("since when the refresh is due").isNotNull().isBeforeOrEqualTo(Instant.now());
			assertThat(upkeep.status().pendingRecoveries()).as("recoveries held for a pass").isZero();
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (waitingInTheRegistry(jdbc) > 0 && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			assertThat(waitingInTheRegistry(jdbc)).as("traces whose follow-up is still written in the registry").isZero();
			assertThat(jdbc.sql("SELECT count(*) FROM intel_full_refresh_due").query(Long.class).single())
				.as("the full refresh due, written down").isEqualTo(1);
		}

		try (ConfigurableApplicationContext second = start()) {
			LeadUpkeep upkeep = second.getBean(LeadUpkeep.class);
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			LeadsStatus atStart = upkeep.status();
			if (atStart.fullRefreshDue()) {
				// Not the moment of this start: the need the run before wrote down, no later than this run's first status.
				assertThat(atStart.fullRefreshDueSince()).as("due since the run before").isBeforeOrEqualTo(Instant.now())
					.isAfterOrEqualTo(dueSince.minusSeconds(1));
			}
			assertThat(Settled.within(upkeep, Duration.ofMinutes(1))).as("the refresh found due settles").isTrue();
			assertThat(jdbc.sql("SELECT count(*) FROM intel_full_refresh_due").query(Long.class).single())
				.as("the need, once the refresh is done").isZero();
			assertThat(upkeep.status().fullRefreshDueSince()).as("settled: due since no time").isNull();
			List<String> afterTheStart = LeadsAsRead.snapshot(jdbc);
			assertThat(afterTheStart).as("the imports and traces moved the leads").isNotEqualTo(beforeTheStop)
				.anyMatch(line -> line.startsWith("PERSON |"));
			second.getBean(Intelligence.class).refresh();
			assertThat(afterTheStart).as("leads, rings and links after the start, against a full refresh")
				.containsExactlyInAnyOrderElementsOf(LeadsAsRead.snapshot(jdbc));
		}
	}

	private static void importWorld(ConfigurableApplicationContext installation, Path world) {
		ImportService imports = installation.getBean(ImportService.class);
		for (String[] file : new String[][] { { "licensees", "licensees.csv" }, { "commerce-events", "commerce_events.csv" },
				{ "recoveries", "recoveries.csv" } }) {
			imports.importFile(file[0], world.resolve(file[1]), ImportProgress.NONE);
		}
	}

	/** Traces each of the world's recoveries once, one by one; answers how many. */
	private static int traceEveryRecovery(ConfigurableApplicationContext installation, String tag) {
		List<String[]> recovered = installation.getBean(JdbcClient.class)
			.sql("SELECT agency, recovery_id FROM recovery WHERE recovery_id LIKE ? ORDER BY 2")
			.param("R" + tag + "-%")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		assertThat(recovered).hasSizeGreaterThan(20);
		TraceService traces = installation.getBean(TraceService.class);
		recovered.forEach(recovery -> traces.trace(recovery[0], recovery[1]));
		return recovered.size();
	}

	/** A second start on the first one's data folder and database, as after a crash or a stop. */
	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(IronTraceApplication.class).run("--irontrace.home=" + folder.resolve("home"),
				"--irontrace.home.discard-on-close=false", "--irontrace.db.url=", "--server.port=0");
	}

	private static long waitingInTheRegistry(JdbcClient jdbc) {
		return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
				+ " AND event_type = 'org.irontrace.trace.RecoveriesTraced'").query(Long.class).single();
	}
}
