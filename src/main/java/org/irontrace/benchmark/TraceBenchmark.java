package org.irontrace.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Role;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.commerce.Ledger;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportService;
import org.irontrace.intel.LeadUpkeep;
import org.irontrace.trace.TraceResult;
import org.irontrace.trace.TraceService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Trace latency against a bare index look-up, and what the access rules cost a trace. */
@Component
class TraceBenchmark {

	private final ImportService imports;

	private final TraceService traces;

	private final Ledger ledger;

	private final JdbcClient jdbc;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final LeadUpkeep upkeep;

	TraceBenchmark(ImportService imports, TraceService traces, Ledger ledger, JdbcClient jdbc, SharingScopes scopes,
			AuditTrail audit, LeadUpkeep upkeep) {
		this.upkeep = upkeep;
		this.imports = imports;
		this.traces = traces;
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.audit = audit;
	}

	/**
	 * Trace latency in-process (look-ups, chain, result stored) against a bare index look-up of the same
	 * serials, twice: right after the import, while the database's autovacuum works through the new
	 * rows and the leads' full refresh after the import runs beside the traces (the first seconds an
	 * analyst meets after a bulk load), and again once the imported ledger has been vacuumed and that
	 * refresh has ended (the steady state, which the goal is about: the traces' own follow-up, the
	 * passes that bring their recoveries into the leads, runs beside them as in production). Each
	 * phase traces recoveries of its own, so neither re-traces the other's.
	 */
	void traceLatency(String agency, long firearms, int queries, Path work) throws Exception {
		Path recoveries = work.resolve(agency + "-recoveries.csv");
		SplittableRandom random = new SplittableRandom(firearms);
		long[] picked = random.longs(2L * queries + WARM_UP, 0, firearms).toArray();
		try (CsvWriter csv = CsvWriter.builder().build(recoveries)) {
			csv.writeRecord("recovery_id", "agency", "recovery_date", "country", "serial_number", "manufacturer");
			for (int i = 0; i < picked.length; i++) {
				csv.writeRecord("R" + i, agency, "2026-01-01", "MX", SyntheticLedger.serial(picked[i], 1),
						SyntheticLedger.maker(picked[i]));
			}
		}
		imports.importFile("recoveries", recoveries, ImportProgress.NONE);
		for (int i = 0; i < WARM_UP; i++) {
			traces.trace(agency, "R" + i);
			ledger.listFirearmsWithSerial(SyntheticLedger.serial(picked[i], 1));
		}
		timedTraces(agency, picked, WARM_UP, queries, "trace (identify, chain, store the result)");
		long start = System.nanoTime();
		jdbc.sql("VACUUM (ANALYZE) custody_event_store, firearm").update();
		System.out.printf("the imported ledger vacuumed (autovacuum's work, done now rather than beside the traces): %.1f s%n",
				(System.nanoTime() - start) / 1e9);
		awaitLeadsSettled();
		timedTraces(agency, picked, WARM_UP + queries, queries, "trace once the imported ledger is vacuumed");
		Files.deleteIfExists(recoveries);
	}

	/**
	 * Waits (at most ten minutes) until the leads have followed everything so far: the full refresh the
	 * import of a ledger calls for, and the passes over the first phase's traces.
	 */
	private void awaitLeadsSettled() throws InterruptedException {
		long start = System.nanoTime();
		LeadsSettling.await(upkeep, 600_000_000_000L);
		System.out.printf("the leads settled after the import and the first traces (the full refresh the ledger calls for,"
				+ " waited for rather than run beside the traces): %.1f s more%n", (System.nanoTime() - start) / 1e9);
	}

	/** Traces not timed before the first phase: the code paths compiled, the pools filled. */
	private static final int WARM_UP = 200;

	private void timedTraces(String agency, long[] picked, int from, int queries, String label) {
		Latencies traced = new Latencies(queries);
		Latencies bare = new Latencies(queries);
		for (int i = from; i < from + queries; i++) {
			long start = System.nanoTime();
			traces.trace(agency, "R" + i);
			traced.add(System.nanoTime() - start);
			String serial = SyntheticLedger.serial(picked[i], 1);
			start = System.nanoTime();
			jdbc.sql("SELECT event_id, event_type, event_date FROM custody_event WHERE serial_key = ?")
				.param(serial)
				.query()
				.listOfRows();
			bare.add(System.nanoTime() - start);
		}
		System.out.printf("%-43s %s%n", label + ":", traced.summary());
		System.out.printf("%-43s %s%n", "bare index look-up of the same serials:", bare.summary());
		System.out.printf("trace p99 / bare p99 = %.1f%n", traced.percentileMillis(99) / bare.percentileMillis(99));
	}

	/**
	 * What the access rules cost a trace: the caller's visibility read from the agreements in force,
	 * the visibility applied in the queries, the purchaser withheld or the read audited; against the
	 * same traces with no rules, in the same run.
	 */
	void accessCost(String agency, int queries) {
		Caller caller = new Caller("bench-analyst", agency, java.util.EnumSet.of(Role.ANALYST));
		for (int i = 0; i < 100; i++) {
			traces.trace(agency, "R" + i);
			traces.trace(agency, "R" + i, scopes.visibilityFor(caller, SharingScope.TRACES));
		}
		Latencies open = new Latencies(queries);
		Latencies ruled = new Latencies(queries);
		Latencies audited = new Latencies(queries);
		for (int i = 0; i < queries; i++) {
			String recovery = "R" + (WARM_UP + i);
			long start = System.nanoTime();
			traces.trace(agency, recovery);
			open.add(System.nanoTime() - start);
			start = System.nanoTime();
			traces.trace(agency, recovery, scopes.visibilityFor(caller, SharingScope.TRACES));
			ruled.add(System.nanoTime() - start);
			start = System.nanoTime();
			TraceResult result = traces.trace(agency, recovery, scopes.visibilityFor(caller, SharingScope.TRACES));
			if (result.firstRetailSale() != null && result.firstRetailSale().purchaser() != null) {
				audit.record(caller, "READ_PERSONAL_DATA", "trace:" + result.traceId(), "benchmark");
			}
			audited.add(System.nanoTime() - start);
		}
		System.out.println("trace without access rules:                  " + open.summary());
		System.out.println("trace with visibility and redaction:         " + ruled.summary());
		System.out.println("the same, and the read sealed in the audit:  " + audited.summary());
		System.out.printf("access rules / none: p50 %.2f, p95 %.2f; with the audit entry: p50 %.2f, p95 %.2f%n",
				ruled.percentileMillis(50) / open.percentileMillis(50), ruled.percentileMillis(95) / open.percentileMillis(95),
				audited.percentileMillis(50) / open.percentileMillis(50), audited.percentileMillis(95) / open.percentileMillis(95));
	}
}
