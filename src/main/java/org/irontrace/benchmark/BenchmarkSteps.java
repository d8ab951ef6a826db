package org.irontrace.benchmark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Role;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.catalog.Catalog;
import org.irontrace.commerce.Ledger;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportReport;
import org.irontrace.imports.ImportService;
import org.irontrace.trace.TraceResult;
import org.irontrace.trace.TraceService;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The measurements, each printed with its baseline and the ratio between them. */
@Component
class BenchmarkSteps {

	private final ImportService imports;

	private final TraceService traces;

	private final Ledger ledger;

	private final Catalog catalog;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	BenchmarkSteps(ImportService imports, TraceService traces, Ledger ledger, Catalog catalog, JdbcClient jdbc,
			DataSource dataSource, SharingScopes scopes, AuditTrail audit) {
		this.scopes = scopes;
		this.audit = audit;
		this.imports = imports;
		this.traces = traces;
		this.ledger = ledger;
		this.catalog = catalog;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** IronTrace's import of a file, then raw COPY of the same rows into a table with the same indexes. */
	void importAgainstCopy(Path file, long rows) throws Exception {
		double importRate = timedImport(file, rows, "import");
		jdbc.sql("CREATE TABLE bench_copy (LIKE custody_event INCLUDING ALL)").update();
		jdbc.sql("CREATE TABLE bench_copy_bare (LIKE custody_event)").update();
		Path copyFile = file.resolveSibling("custody_event.copy");
		try (Connection connection = dataSource.getConnection()) {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			try (BufferedWriter out = Files.newBufferedWriter(copyFile, StandardCharsets.UTF_8)) {
				copy.copyOut("COPY custody_event TO STDOUT", out);
			}
			double copyRate = timedCopy(copy, copyFile, "bench_copy", rows);
			double bareRate = timedCopy(copy, copyFile, "bench_copy_bare", rows);
			System.out.printf("raw COPY of the same rows, same indexes: %,.0f rows/s; into a bare table: %,.0f rows/s%n",
					copyRate, bareRate);
			System.out.printf("import / COPY (same indexes) = %.2f%n", importRate / copyRate);
		}
		finally {
			jdbc.sql("DROP TABLE IF EXISTS bench_copy").update();
			jdbc.sql("DROP TABLE IF EXISTS bench_copy_bare").update();
			Files.deleteIfExists(copyFile);
		}
	}

	/** A large import watched for heap growth. */
	void largeImport(Path file, long rows) throws Exception {
		timedImport(file, rows, "import of the large file");
	}

	private double timedImport(Path file, long rows, String label) {
		long start = System.nanoTime();
		ImportReport report;
		try (HeapWatch heap = new HeapWatch()) {
			report = imports.importFile("commerce-events", file, ImportProgress.NONE);
			double seconds = (System.nanoTime() - start) / 1e9;
			double rate = report.accepted() / seconds;
			System.out.printf("%s: %,d rows in %.1f s = %,.0f rows/s (rejected %d); heap peak %d MB used, %d MB after GC (max %d MB)%n",
					label, report.accepted(), seconds, rate, report.rejected(), heap.peakUsedMb(), heap.peakAfterGcMb(),
					Runtime.getRuntime().maxMemory() / (1024 * 1024));
			analyze();
			return rate;
		}
	}

	private double timedCopy(CopyManager copy, Path file, String table, long rows) throws Exception {
		long start = System.nanoTime();
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			copy.copyIn("COPY " + table + " FROM STDIN", in);
		}
		return rows / ((System.nanoTime() - start) / 1e9);
	}

	/** Trace latency in-process (look-ups, chain, result stored) against a bare index look-up of the same serials. */
	void traceLatency(String agency, long firearms, int queries, Path work) throws Exception {
		Path recoveries = work.resolve(agency + "-recoveries.csv");
		SplittableRandom random = new SplittableRandom(firearms);
		long[] picked = random.longs(queries + 200, 0, firearms).toArray();
		try (CsvWriter csv = CsvWriter.builder().build(recoveries)) {
			csv.writeRecord("recovery_id", "agency", "recovery_date", "country", "serial_number", "manufacturer");
			for (int i = 0; i < picked.length; i++) {
				csv.writeRecord("R" + i, agency, "2026-01-01", "MX", SyntheticLedger.serial(picked[i], 1),
						SyntheticLedger.maker(picked[i]));
			}
		}
		imports.importFile("recoveries", recoveries, ImportProgress.NONE);
		for (int i = 0; i < 200; i++) {
			traces.trace(agency, "R" + i);
			ledger.listFirearmsWithSerial(SyntheticLedger.serial(picked[i], 1));
		}
		Latencies traced = new Latencies(queries);
		Latencies bare = new Latencies(queries);
		for (int i = 200; i < picked.length; i++) {
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
		System.out.println("trace (identify, chain, store the result): " + traced.summary());
		System.out.println("bare index look-up of the same serials:     " + bare.summary());
		System.out.printf("trace p99 / bare p99 = %.1f%n", traced.percentileMillis(99) / bare.percentileMillis(99));
		Files.deleteIfExists(recoveries);
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
			String recovery = "R" + (200 + i);
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

	/** Candidate search with two unreadable characters, against a plain pg_trgm similarity query. */
	void partialSerialSearch(long firearms, int queries) {
		SplittableRandom random = new SplittableRandom(firearms + 17);
		List<long[]> picks = java.util.stream.Stream.generate(() -> new long[] { random.nextLong(firearms) })
			.limit(queries)
			.toList();
		Latencies ours = new Latencies(queries);
		long found = 0;
		for (long[] pick : picks) {
			String serial = SyntheticLedger.serial(pick[0], 1);
			String reading = unreadable(serial, new SplittableRandom(pick[0]));
			String maker = catalog.manufacturer(SyntheticLedger.maker(pick[0])).key();
			long start = System.nanoTime();
			found += ledger.listFirearmsReadingAlike(reading, maker, 500).stream()
				.filter(f -> f.identity().serialKey().equals(serial))
				.count();
			ours.add(System.nanoTime() - start);
		}
		jdbc.sql("CREATE INDEX bench_serial_trgm ON firearm USING gin (serial_key gin_trgm_ops)").update();
		analyze();
		Latencies trigram = new Latencies(queries);
		long trigramFound = 0;
		try {
			for (long[] pick : picks) {
				String serial = SyntheticLedger.serial(pick[0], 1);
				String reading = unreadable(serial, new SplittableRandom(pick[0]));
				long start = System.nanoTime();
				trigramFound += jdbc.sql("SELECT serial_key FROM firearm WHERE serial_key % ? ORDER BY serial_key <-> ? LIMIT 20")
					.params(reading, reading)
					.query(String.class)
					.list()
					.stream()
					.filter(serial::equals)
					.count();
				trigram.add(System.nanoTime() - start);
			}
		}
		finally {
			jdbc.sql("DROP INDEX IF EXISTS bench_serial_trgm").update();
		}
		System.out.printf("partial serial, 2 unreadable, over %,d firearms: %s; true gun found %d/%d%n", firearms,
				ours.summary(), found, queries);
		System.out.printf("plain pg_trgm similarity query:              %s; true gun found %d/%d%n", trigram.summary(),
				trigramFound, queries);
		System.out.printf("ours p95 / pg_trgm p95 = %.2f%n", ours.percentileMillis(95) / trigram.percentileMillis(95));
	}

	private static String unreadable(String serial, SplittableRandom random) {
		char[] characters = serial.toCharArray();
		int first = random.nextInt(characters.length);
		int second = (first + 1 + random.nextInt(characters.length - 1)) % characters.length;
		characters[first] = '?';
		characters[second] = '?';
		return new String(characters);
	}

	private void analyze() {
		jdbc.sql("ANALYZE custody_event").update();
		jdbc.sql("ANALYZE firearm").update();
	}
}
