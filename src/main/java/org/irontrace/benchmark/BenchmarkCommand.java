package org.irontrace.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.irontrace.commerce.Ledger;
import org.irontrace.platform.IronTraceHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code irontrace benchmark}: the figures of BENCHMARKS.md, each next to its same-run baseline.
 * Run it on an empty installation (a fresh {@code IRONTRACE_HOME}); it fills the ledger.
 */
@Command(name = "benchmark", description = "Measure import, tracing and candidate search on a synthetic ledger.")
public class BenchmarkCommand implements Callable<Integer> {

	private final Ledger ledger;

	private final ImportBenchmark importing;

	private final TraceBenchmark tracing;

	private final SearchBenchmark searching;

	private final IronTraceHome home;

	@Option(names = "--events", defaultValue = "1000000", description = "rows of the first ledger file (default ${DEFAULT-VALUE})")
	long events;

	@Option(names = "--large-events", defaultValue = "10000000",
			description = "rows of the second, large file (0 skips it; default ${DEFAULT-VALUE})")
	long largeEvents;

	@Option(names = "--queries", defaultValue = "2000", description = "traces and searches timed per step")
	int queries;

	public BenchmarkCommand(Ledger ledger, ImportBenchmark importing, TraceBenchmark tracing, SearchBenchmark searching,
			IronTraceHome home) {
		this.ledger = ledger;
		this.importing = importing;
		this.tracing = tracing;
		this.searching = searching;
		this.home = home;
	}

	@Override
	public Integer call() throws Exception {
		if (!ledger.isEmpty()) {
			System.err.println("The ledger is not empty: run the benchmark with a fresh IRONTRACE_HOME.");
			return 2;
		}
		Path work = Files.createDirectories(home.resolve("benchmark"));
		long firearms = events / SyntheticLedger.EVENTS_PER_FIREARM;
		Path first = work.resolve("commerce_events_" + events + ".csv");
		SyntheticLedger.write(first, events, 0, 1);
		System.out.println("## Ledger of " + String.format("%,d", events) + " custody events (" + String.format("%,d", firearms) + " firearms)");
		importing.importAgainstCopy(first, events);
		tracing.traceLatency("BENCH-1", firearms, queries, work);
		tracing.accessCost("BENCH-1", Math.min(queries, 1000));
		searching.partialSerialSearch(firearms, Math.min(queries, 1000));
		Files.deleteIfExists(first);
		if (largeEvents > 0) {
			Path second = work.resolve("commerce_events_" + largeEvents + ".csv");
			SyntheticLedger.write(second, largeEvents, firearms, 1);
			long total = events + largeEvents;
			long allFirearms = total / SyntheticLedger.EVENTS_PER_FIREARM;
			System.out.println();
			System.out.println("## Ledger grown to " + String.format("%,d", total) + " custody events (" + String.format("%,d", allFirearms) + " firearms)");
			importing.largeImport(second, largeEvents);
			tracing.traceLatency("BENCH-2", allFirearms, queries, work);
			searching.partialSerialSearch(allFirearms, Math.min(queries, 1000));
			Files.deleteIfExists(second);
		}
		return 0;
	}
}
