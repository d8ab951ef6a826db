package org.irontrace.benchmark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import javax.sql.DataSource;

import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportReport;
import org.irontrace.imports.ImportService;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Import throughput against raw COPY of the same rows, and the heap while importing. */
@Component
class ImportBenchmark {

	private final ImportService imports;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	ImportBenchmark(ImportService imports, JdbcClient jdbc, DataSource dataSource) {
		this.imports = imports;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** IronTrace's import of a file, then raw COPY of the same rows into a table with the same indexes. */
	void importAgainstCopy(Path file, long rows) throws Exception {
		double importRate = timedImport(file, rows, "import");
		jdbc.sql("CREATE TABLE bench_copy (LIKE custody_event_store INCLUDING ALL)").update();
		jdbc.sql("CREATE TABLE bench_copy_bare (LIKE custody_event_store)").update();
		Path copyFile = file.resolveSibling("custody_event.copy");
		try (Connection connection = dataSource.getConnection()) {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			try (BufferedWriter out = Files.newBufferedWriter(copyFile, StandardCharsets.UTF_8)) {
				copy.copyOut("COPY custody_event_store TO STDOUT", out);
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

	void analyze() {
		jdbc.sql("ANALYZE custody_event_store").update();
		jdbc.sql("ANALYZE firearm").update();
	}
}
