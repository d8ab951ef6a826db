package org.irontrace.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.irontrace.identity.People;
import org.irontrace.intel.Intelligence;
import org.irontrace.intel.RefreshSummary;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportService;
import org.irontrace.recovery.Recoveries;
import org.irontrace.recovery.Recovery;
import org.irontrace.simulation.IronRiverSimulator;
import org.irontrace.simulation.SimulationSettings;
import org.irontrace.trace.TraceService;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code irontrace intel-benchmark}: generates a world, imports, traces and resolves it as production
 * would, computes every indicator, ring and lead, and scores them against the world's ground truth.
 */
@Command(name = "intel-benchmark", description = "Measure trafficking leads and rings against a simulated world's ground truth.")
public class IntelligenceBenchmarkCommand implements Callable<Integer> {

	@Option(names = "--firearms", defaultValue = "100000", description = "firearms of the simulated world (default ${DEFAULT-VALUE})")
	int firearms;

	@Option(names = "--seed", required = true, description = "seed of the world: pick one the code has never seen")
	long seed;

	@Option(names = "--agency-view", description = "load only what the agencies hold (no US ledger): recoveries, the tracing"
			+ " authority's answers, ballistic links and registries")
	boolean agencyView;

	@Option(names = "--reuse", description = "measure only the new recovery, on the world an earlier run left in this installation")
	boolean reuse;

	@Option(names = "--recovery", description = "AGENCY/RECOVERY_ID of the gun to recover again (default: the first with a person lead)")
	String recovery;

	@Option(names = "--passes", split = ",", description = "also time a pass of the leads' upkeep over this many traced"
			+ " recoveries at once (e.g. 1000,5000,20000), beside a full refresh in the same run")
	List<Integer> passes = List.of();

	private final ImportService imports;

	private final TraceService traces;

	private final Recoveries recoveries;

	private final People people;

	private final Intelligence intelligence;

	private final JdbcClient jdbc;

	public IntelligenceBenchmarkCommand(ImportService imports, TraceService traces, Recoveries recoveries, People people,
			Intelligence intelligence, JdbcClient jdbc) {
		this.imports = imports;
		this.traces = traces;
		this.recoveries = recoveries;
		this.people = people;
		this.intelligence = intelligence;
		this.jdbc = jdbc;
	}

	@Override
	public Integer call() throws Exception {
		if (reuse && jdbc.sql("SELECT EXISTS (SELECT 1 FROM lead WHERE active)").query(Boolean.class).single()) {
			// A fresh process: the first recovery also loads and compiles the code on its path, as a
			// server that has just started would; the second is what a running server sees.
			measureOneNewRecovery();
			measureOneNewRecovery();
			measurePasses();
			return 0;
		}
		Path world = Files.createTempDirectory("irontrace-intel-world");
		long t = System.nanoTime();
		new IronRiverSimulator().writeWorld(new SimulationSettings(seed, firearms, 2015, 2024), world,
				agencyView ? org.irontrace.simulation.WorldView.AGENCY : org.irontrace.simulation.WorldView.FULL, done -> {
				});
		System.out.printf("world of %,d firearms, seed %d, %s, written in %.1f s%n", firearms, seed,
				agencyView ? "what the agencies hold (no ledger)" : "with the US ledger", since(t));
		t = System.nanoTime();
		imports.importFolder(world, ImportProgress.NONE);
		System.out.printf("imported in %.1f s%n", since(t));
		t = System.nanoTime();
		traces.traceEveryAgency();
		System.out.printf("traced in %.1f s%n", since(t));
		t = System.nanoTime();
		people.resolve(null, false);
		System.out.printf("people resolved in %.1f s%n", since(t));
		RefreshSummary summary = intelligence.refresh();
		System.out.printf("indicators, rings and leads: %.1f s (%,d sale groups, %,d rings, %,d person, %,d dealer, %,d ring leads)%n",
				summary.seconds(), summary.saleGroups(), summary.rings(), summary.personLeads(), summary.dealerLeads(), summary.ringLeads());
		score(new GroundTruthCheck(world.resolve("ground_truth.json"), jdbc));
		new TraceFigures(jdbc).print();
		if (!agencyView) {
			// Without a ledger a recovery nobody has answered yet cannot reach its purchaser.
			measureOneNewRecovery();
		}
		measurePasses();
		return 0;
	}

	/**
	 * A pass over many traced recoveries against a full refresh, both on this world in this run: the
	 * leads' upkeep turns from passes to full refreshes beyond some number of recoveries at once, and
	 * where a pass stops being the cheaper depends on the world's size. The recoveries are brought in
	 * again (the work of a pass is the same whether or not their gun nodes changed), the first by
	 * recovery id of each agency in turn.
	 */
	private void measurePasses() {
		if (passes.isEmpty()) {
			return;
		}
		double full = intelligence.refresh().seconds();
		System.out.printf("full refresh: %.1f s%n", full);
		for (int count : passes) {
			Map<String, List<String>> chosen = new TreeMap<>();
			jdbc.sql("""
					SELECT agency, recovery_id FROM (
					    SELECT agency, recovery_id, row_number() OVER (PARTITION BY agency ORDER BY recovery_id) AS n FROM network_gun) g
					ORDER BY n, agency LIMIT :count
					""").param("count", count).query(rs -> {
				chosen.computeIfAbsent(rs.getString(1), a -> new ArrayList<>()).add(rs.getString(2));
			});
			int taken = chosen.values().stream().mapToInt(List::size).sum();
			RefreshSummary pass = intelligence.refreshFor(chosen);
			System.out.printf("a pass over %,d traced recoveries: %.1f s (%.2f of the full refresh; %.1f ms a recovery)%n", taken,
					pass.seconds(), pass.seconds() / full, pass.seconds() * 1000 / taken);
		}
	}

	private void score(GroundTruthCheck truth) {
		List<String> top = subjects("PERSON", 100);
		List<String> all = subjects("PERSON", Integer.MAX_VALUE);
		System.out.printf("person leads: precision of the top %d %.3f (goal >= 0.8); recall of %d straw purchasers with a recovered gun %.3f over %,d leads (goal >= 0.8)%n",
				top.size(), truth.precision(top), truth.strawWithRecoveredGun.size(), truth.recall(all), all.size());
		List<List<String>> rings = jdbc.sql("SELECT members FROM network_ring").query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).list();
		List<List<String>> purchasers = jdbc.sql("SELECT purchasers FROM network_ring")
			.query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).list();
		// A ring lead's members: everyone but the receivers it supplies, who are listed apart; its crew: the
		// people seen beside it listed apart too.
		List<List<String>> buyers = jdbc.sql("SELECT ARRAY(SELECT unnest(members) EXCEPT SELECT unnest(receivers)) FROM network_ring")
			.query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).list();
		List<List<String>> crew = jdbc.sql("SELECT ARRAY(SELECT unnest(members) EXCEPT SELECT unnest(receivers)"
				+ " EXCEPT SELECT unnest(beside)) FROM network_ring")
			.query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).list();
		System.out.printf("rings: %.3f of %d planted rings with 3+ recovered guns found (goal >= 0.9); found in a ring of at most"
				+ " twice their size (the independent worlds' test): %.3f by the ring lead's crew (its receivers and the people seen"
				+ " beside it apart), %.3f by its members (receivers apart), %.3f by its crime-gun buyers%n", truth.ringsFound(rings),
				truth.plantedRings.size(), truth.ringsFoundAtMostTwiceTheirSize(crew), truth.ringsFoundAtMostTwiceTheirSize(buyers),
				truth.ringsFoundAtMostTwiceTheirSize(purchasers));
		GroundTruthCheck.RingPurity purity = truth.ringPurity(rings);
		System.out.printf("rings: %,d detected; purity %.3f (members of the best-matching planted case), %.3f among members of some case; "
				+ "people per ring: smallest %d, median %d, 90th percentile %d, largest %d%n", rings.size(), purity.all(), purity.planted(),
				purity.sizes()[0], purity.sizes()[1], purity.sizes()[2], purity.sizes()[3]);
		Set<String> onRecord = truth.plantedPeopleOnRecord();
		System.out.printf("what the files hold: %.3f of the straw purchasers with a recovered gun are named by some sale record "
				+ "(the highest recall any lead could reach); %.3f of the planted rings have a majority of members named "
				+ "(the highest share of rings any ring finding could reach)%n", truth.recallCeiling(onRecord), truth.ringsCeiling(onRecord));
		System.out.printf("dealers: %.3f of %d corrupt dealers among the top 20 dealer leads (goal >= 0.8)%n",
				truth.dealersFound(subjects("DEALER", 20)), truth.corruptDealers.size());
	}

	/** A gun already traced is recovered again and reported through the import; time until the leads reflect it. */
	private void measureOneNewRecovery() {
		var gun = recovery != null
				? jdbc.sql("SELECT agency, recovery_id FROM network_gun WHERE agency || '/' || recovery_id = ?").param(recovery).query()
					.singleRow()
				: jdbc.sql("""
						SELECT g.agency, g.recovery_id FROM network_gun g
						JOIN lead l ON l.lead_type = 'PERSON' AND l.subject = g.purchaser_id AND l.active ORDER BY g.recovery_id LIMIT 1
						""").query().singleRow();
		String agency = (String) gun.get("agency");
		Recovery old = recoveries.findRecovery(agency, (String) gun.get("recovery_id")).orElseThrow();
		// Unique on every run, so a reused world takes one more recovery each time.
		String newId = old.recoveryId() + "-AGAIN-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
		String csv = "recovery_id,agency,recovery_date,country,admin_area,city,crime_code,serial_number,manufacturer,model,firearm_type,"
				+ "possessor_first_name,possessor_last_name\n" + String.join(",", newId, agency, java.time.LocalDate.now().toString(),
						old.country(), blank(old.adminArea()), blank(old.city()), blank(old.crimeCode()),
						blank(old.firearm().serialNumber()), blank(old.firearm().manufacturer()), blank(old.firearm().model()),
						blank(old.firearm().firearmType()), "Nuevo", "Portador") + "\n";
		String purchaser = jdbc.sql("SELECT purchaser_id FROM network_gun WHERE agency = ? AND recovery_id = ?")
			.params(agency, old.recoveryId()).query(String.class).single();
		java.sql.Timestamp before = jdbc.sql("SELECT clock_timestamp()").query(java.sql.Timestamp.class).single();
		long t = System.nanoTime();
		imports.importCsv("recoveries", new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				ImportProgress.NONE);
		double imported = since(t);
		traces.trace(agency, newId);
		double traced = since(t);
		// The trace publishes RecoveriesTraced; the leads follow on their own (LeadUpkeep).
		while (jdbc.sql("SELECT count(*) FROM lead WHERE lead_type = 'PERSON' AND subject = ? AND computed_at > ?")
			.params(purchaser, before).query(Long.class).single() == 0 && since(t) < 60) {
			pause();
		}
		double reflected = since(t);
		double[] alone = new double[3];
		for (int i = 0; i < alone.length; i++) {
			alone[i] = intelligence.refreshFor(agency, List.of(newId)).seconds();
		}
		java.util.Arrays.sort(alone);
		t = System.nanoTime();
		jdbc.sql("SELECT * FROM lead WHERE lead_type = 'PERSON' AND subject = ?").param(purchaser).query().listOfRows();
		System.out.printf("one new recovery (imported, traced, its leads following the trace event) reflected in its purchaser's lead in %.3f s "
				+ "(goal <= 1 s; imported after %.3f s, traced after %.3f s); the incremental refresh alone: %.3f s (median of 3); "
				+ "reading that lead by its key: %.4f s%n", reflected, imported, traced, alone[1], since(t));
	}

	private static void pause() {
		try {
			Thread.sleep(5);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static String blank(String value) {
		return value == null ? "" : value.replace(",", " ");
	}

	private List<String> subjects(String type, int limit) {
		return jdbc.sql("SELECT subject FROM lead WHERE active AND lead_type = ? ORDER BY score DESC, lead_id LIMIT ?")
			.params(type, limit).query(String.class).list();
	}

	private static double since(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
