package org.irontrace.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.irontrace.LedgerFixtures;
import org.irontrace.identity.People;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportService;
import org.irontrace.intel.worlds.IndependentWorld;
import org.irontrace.trace.TraceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an analyst reads once the background work has settled equals what a full refresh computes on
 * the same data, whatever the order and grouping of the work: on random small worlds, recoveries are
 * traced in a random order, one by one with random pauses (so the upkeep brings them in in groups of
 * random size) or a whole agency at once, with ledger imports and a new resolution of people in
 * between, and some traced again to the same answers; then every lead (score, evidence, people) and
 * every ring is compared with a full refresh. The worlds hold buyers at straw purchasers' addresses
 * whose own guns are never recovered, so their leads, which rest on other people's, are compared too.
 */
@SpringBootTest
class LeadsAsTracedEqualFullRefreshTest {

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

	@TempDir
	Path folder;

	@Test
	void anyOrderAndGroupingOfTracesEndsWhereAFullRefreshDoes() throws Exception {
		settle();
		intelligence.refresh();
		int associates = 0;
		for (long seed : new long[] { 101, 202, 303 }) {
			Random order = new Random(seed);
			String tag = LedgerFixtures.uniqueTag();
			Path world = folder.resolve(tag);
			new IndependentWorld(seed, IndependentWorld.Shape.small(), tag).write(world);
			imports.importFile("licensees", world.resolve("licensees.csv"), ImportProgress.NONE);
			boolean ledgerFirst = order.nextBoolean();
			if (ledgerFirst) {
				imports.importFile("commerce-events", world.resolve("commerce_events.csv"), ImportProgress.NONE);
			}
			imports.importFile("recoveries", world.resolve("recoveries.csv"), ImportProgress.NONE);
			List<String[]> recovered = new ArrayList<>(jdbc.sql("SELECT agency, recovery_id FROM recovery WHERE recovery_id LIKE ?")
				.param("R" + tag + "-%")
				.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
				.list());
			assertThat(recovered).hasSizeGreaterThan(20);
			Collections.shuffle(recovered, order);
			settle();
			int half = recovered.size() / 2;
			traceOneByOne(recovered.subList(0, half), order);
			if (!ledgerFirst) {
				// The ledger arrives after some recoveries were traced against nothing; they are traced again.
				imports.importFile("commerce-events", world.resolve("commerce_events.csv"), ImportProgress.NONE);
				settle();
				traceOneByOne(recovered.subList(0, half), order);
			}
			if (order.nextBoolean()) {
				people.resolve(null, false);
			}
			settle();
			// The rest on top of settled leads: one agency's whole backlog at once, the others one by one.
			String bulk = recovered.get(half)[0];
			traces.traceUntraced(bulk, done -> {
			});
			traceOneByOne(recovered.subList(half, recovered.size()).stream().filter(r -> !r[0].equals(bulk)).toList(), order);
			// Some traced again to the answers they already have: such a trace is left out of the pass.
			traceOneByOne(recovered.subList(0, Math.min(15, half)), order);
			settle();
			List<String> asTraced = snapshot();
			intelligence.refresh();
			List<String> afterRefresh = snapshot();
			List<String> onlyAsTraced = asTraced.stream().filter(line -> !afterRefresh.contains(line)).toList();
			List<String> onlyAfterRefresh = afterRefresh.stream().filter(line -> !asTraced.contains(line)).toList();
			assertThat(onlyAsTraced).as("world %d: read as traced, gone after a full refresh %s", seed, onlyAfterRefresh).isEmpty();
			assertThat(onlyAfterRefresh).as("world %d: after a full refresh, never read as traced", seed).isEmpty();
			associates += jdbc.sql("""
					SELECT count(*) FROM lead l JOIN network_person p ON p.person_id = l.subject
					WHERE l.active AND l.indicators && ARRAY['SHARES_ADDRESS_WITH_STRAW_PURCHASER'] AND p.last_name LIKE ?
					""").param("%" + tag).query(Integer.class).single();
		}
		assertThat(associates).as("leads of buyers at a straw purchaser's address, compared like the others").isPositive();
	}

	private void traceOneByOne(List<String[]> recoveries, Random order) throws InterruptedException {
		for (String[] recovery : recoveries) {
			traces.trace(recovery[0], recovery[1]);
			if (order.nextInt(4) == 0) {
				Thread.sleep(order.nextInt(40));
			}
		}
	}

	/** Waits until the upkeep has nothing left to do (a minute at most). */
	private void settle() throws InterruptedException {
		assertThat(Settled.within(upkeep, java.time.Duration.ofMinutes(1))).as("the leads settle").isTrue();
	}

	private List<String> snapshot() {
		return LeadsAsRead.snapshot(jdbc);
	}
}
