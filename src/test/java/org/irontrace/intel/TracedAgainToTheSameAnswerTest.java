package org.irontrace.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.irontrace.trace.TraceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pass that follows traces leaves out a recovery traced again to the answer it already had (its
 * gun node then changes only by the trace's id), and brings in a pile with more changed recoveries
 * than one pass may take a part at a time, or by one full refresh when that is the cheaper: every way,
 * the leads end where a full refresh puts them.
 */
@SpringBootTest
class TracedAgainToTheSameAnswerTest {

	@Autowired
	ApplicationContext beans;

	@Autowired
	TraceService traces;

	@Autowired
	Intelligence intelligence;

	@Autowired
	LeadUpkeep upkeep;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path world;

	@Test
	void aTraceToTheAnswerItHadMovesNothingAndTooManyChangesAreBroughtInAPartAtATime() throws Exception {
		String tag = TaggedWorld.load(beans, world, 4242, 3000);
		assertThat(Settled.within(upkeep, Duration.ofMinutes(1))).isTrue();
		intelligence.refresh();
		List<String> before = LeadsAsRead.snapshot(jdbc);
		String agency = jdbc.sql("""
				SELECT agency FROM network_gun WHERE recovery_id LIKE ? AND purchaser_id IS NOT NULL
				GROUP BY agency ORDER BY count(*) DESC, agency LIMIT 1
				""").param(tag + "-%").query(String.class).single();
		List<String> ids = jdbc.sql("""
				SELECT recovery_id FROM network_gun WHERE agency = ? AND recovery_id LIKE ? AND purchaser_id IS NOT NULL
				ORDER BY recovery_id LIMIT 20
				""").params(agency, tag + "-%").query(String.class).list();
		assertThat(ids).hasSizeGreaterThan(5);
		upkeep.hold(true);
		try {
			ids.forEach(id -> traces.trace(agency, id));
			RefreshSummary again = intelligence.refreshFor(Map.of(agency, ids), System.nanoTime(), LeadUpkeep.INCREMENTAL_LIMIT);
			assertThat(again.personLeads() + again.ringLeads() + again.dealerLeads()).as("leads written again").isZero();
			assertThat(LeadsAsRead.snapshot(jdbc)).as("what an analyst reads").isEqualTo(before);
			assertThat(jdbc.sql("""
					SELECT count(*) FROM network_gun g WHERE g.agency = ? AND g.recovery_id = ANY(?)
					  AND g.trace_id = (SELECT t.trace_id FROM trace_history t WHERE t.agency = g.agency
					                    AND t.recovery_id = g.recovery_id ORDER BY t.traced_at DESC LIMIT 1)
					""").params(agency, ids.toArray(String[]::new)).query(Long.class).single())
				.as("the gun nodes name the latest trace").isEqualTo(ids.size());

			// As if none of them had been brought in yet: every node changes, more than one pass may take.
			forget(agency, ids);
			intelligence.refreshFor(Map.of(agency, ids), System.nanoTime(), 5);
			assertThat(LeadsAsRead.snapshot(jdbc)).as("what an analyst reads once they are brought in").isEqualTo(before);

			// Five at a time, as when passes keep pace with the traces, whatever the last costs were.
			forget(agency, ids);
			RefreshSummary parts = intelligence.inPasses(Map.of(agency, ids), 5);
			long rings = jdbc.sql("SELECT count(*) FROM network_ring").query(Long.class).single();
			assertThat((long) parts.rings()).as("passes write only the rings they touch").isLessThan(rings);
			assertThat(LeadsAsRead.snapshot(jdbc)).as("what an analyst reads after passes a part at a time").isEqualTo(before);
		}
		finally {
			upkeep.hold(false);
		}
		assertThat(Settled.within(upkeep, Duration.ofMinutes(1))).isTrue();
	}

	private void forget(String agency, List<String> ids) {
		jdbc.sql("DELETE FROM network_gun WHERE agency = ? AND recovery_id = ANY(?)").params(agency, ids.toArray(String[]::new))
			.update();
	}
}
