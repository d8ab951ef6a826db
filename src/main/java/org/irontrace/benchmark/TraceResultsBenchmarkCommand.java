package org.irontrace.benchmark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportReport;
import org.irontrace.imports.ImportService;
import org.irontrace.intel.LeadUpkeep;
import org.irontrace.platform.IronTraceHome;
import org.irontrace.trace.TraceService;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code irontrace trace-results-benchmark}: importing the tracing authority's answers against raw
 * {@code COPY} of the same rows into a copy of their table with the same indexes, in the same run,
 * with the heap watched; then the tracing of the answered recoveries that follows the import, and the
 * leads' full refresh that follows both.
 */
@Command(name = "trace-results-benchmark", mixinStandardHelpOptions = true,
		description = "Measure the import of trace_results.csv against raw COPY, and the tracing that follows it.")
public class TraceResultsBenchmarkCommand implements Callable<Integer> {

	private final ImportService imports;

	private final TraceService traces;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final IronTraceHome home;

	private final LeadUpkeep upkeep;

	@Option(names = "--settle-minutes", defaultValue = "20",
			description = "how long the leads are waited for after the import, 0 not at all (default ${DEFAULT-VALUE})")
	int settleMinutes;

	@Option(names = "--answers", defaultValue = "1000000", description = "answers (and recoveries) to import (default ${DEFAULT-VALUE})")
	long answers;

	public TraceResultsBenchmarkCommand(ImportService imports, TraceService traces, JdbcClient jdbc, DataSource dataSource,
			IronTraceHome home, LeadUpkeep upkeep) {
		this.upkeep = upkeep;
		this.imports = imports;
		this.traces = traces;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.home = home;
	}

	@Override
	public Integer call() throws Exception {
		if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM trace_answer_store)").query(Boolean.class).single()) {
			System.err.println("Answers are already stored: run the benchmark with a fresh IRONTRACE_HOME.");
			return 2;
		}
		Path work = Files.createDirectories(home.resolve("benchmark"));
		Path recoveries = work.resolve("recoveries_" + answers + ".csv");
		Path answerFile = work.resolve("trace_results_" + answers + ".csv");
		SyntheticAnswers.writeRecoveries(recoveries, answers);
		SyntheticAnswers.writeAnswers(answerFile, answers);
		System.out.printf("## %,d trace results about %,d recoveries, no ledger%n", answers, answers);
		long start = System.nanoTime();
		ImportReport recovered = imports.importFile("recoveries", recoveries, ImportProgress.NONE);
		System.out.printf("recoveries imported first: %,d in %.1f s%n", recovered.accepted(), seconds(start));
		jdbc.sql("ANALYZE recovery_store").update();

		// The leads' full refresh waits until the import is measured: its memory is the world's, not the file's.
		upkeep.hold(true);
		start = System.nanoTime();
		ImportReport report;
		long heapPeak;
		long heapAfterGc;
		try (HeapWatch heap = new HeapWatch()) {
			report = imports.importFile("trace-results", answerFile, ImportProgress.NONE);
			heapPeak = heap.peakUsedMb();
			heapAfterGc = heap.peakAfterGcMb();
		}
		double total = seconds(start);
		TraceService.AnsweredTracing tracing = traces.lastAnsweredTracing();
		double stored = total - tracing.seconds();
		double importRate = report.accepted() / stored;
		System.out.printf("trace-results import (answers, evidence, licensees): %,d rows in %.1f s = %,.0f rows/s"
				+ " (rejected %d); heap peak %d MB used, %d MB after GC (max %d MB)%n", report.accepted(), stored,
				importRate, report.rejected(), heapPeak, heapAfterGc, Runtime.getRuntime().maxMemory() / (1024 * 1024));
		System.out.printf("then the answered recoveries traced again: %,d in %.1f s = %,.0f traces/s%n", tracing.traced(),
				tracing.seconds(), tracing.traced() / Math.max(tracing.seconds(), 1e-9));
		double copyRate = rawCopy(work, report.accepted());
		System.out.printf("raw COPY of the same rows into a copy of trace_answer_store with the same indexes: %,.0f rows/s%n",
				copyRate);
		System.out.printf("import / COPY = %.2f%n", importRate / copyRate);
		if (settleMinutes > 0) {
			upkeep.hold(false);
			leadsSettle();
		}
		Files.deleteIfExists(recoveries);
		Files.deleteIfExists(answerFile);
		return 0;
	}

	/**
	 * The leads follow the import (a full refresh over every answered recovery), let go once it is
	 * measured: how long they take to settle, and the heap meanwhile.
	 */
	private void leadsSettle() throws InterruptedException {
		long start = System.nanoTime();
		try (HeapWatch heap = new HeapWatch()) {
			boolean settled = LeadsSettling.await(upkeep, settleMinutes * 60_000_000_000L);
			System.out.printf("the leads %s %.1f s after the import; heap peak %d MB used, %d MB after GC%n",
					settled ? "settled" : "had not settled", seconds(start), heap.peakUsedMb(), heap.peakAfterGcMb());
		}
		System.out.printf("rings: %,d; RECOVERED_TOGETHER links: %,d%n",
				jdbc.sql("SELECT count(*) FROM network_ring").query(Long.class).single(),
				jdbc.sql("SELECT count(*) FROM network_link WHERE kind = 'RECOVERED_TOGETHER'").query(Long.class).single());
	}

	private double rawCopy(Path work, long rows) throws Exception {
		Path copyFile = work.resolve("trace_answer.copy");
		jdbc.sql("CREATE TABLE bench_answer_copy (LIKE trace_answer_store INCLUDING ALL)").update();
		try (Connection connection = dataSource.getConnection()) {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			try (BufferedWriter out = Files.newBufferedWriter(copyFile, StandardCharsets.UTF_8)) {
				copy.copyOut("COPY trace_answer_store TO STDOUT", out);
			}
			long start = System.nanoTime();
			try (BufferedReader in = Files.newBufferedReader(copyFile, StandardCharsets.UTF_8)) {
				copy.copyIn("COPY bench_answer_copy FROM STDIN", in);
			}
			return rows / seconds(start);
		}
		finally {
			jdbc.sql("DROP TABLE IF EXISTS bench_answer_copy").update();
			Files.deleteIfExists(copyFile);
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
