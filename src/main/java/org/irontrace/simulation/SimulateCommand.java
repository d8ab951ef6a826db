package org.irontrace.simulation;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;

import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportReport;
import org.irontrace.imports.ImportService;
import org.irontrace.platform.ProgressLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code irontrace simulate}: writes a synthetic world (and with {@code --load} imports it through
 * the normal import path); {@code --calibration} prints the world's figures next to DOMAIN.md's.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
		description = "Write a calibrated synthetic world (licensees, commerce events, recoveries, trace results, "
				+ "ballistic links, domestic registries, ground truth).")
public class SimulateCommand implements Callable<Integer> {

	/** Worlds this large get a progress bar. */
	private static final int PROGRESS_FROM = 100_000;

	private final ImportService importService;

	@Option(names = "--seed", defaultValue = "42", description = "seed of every random choice (default ${DEFAULT-VALUE})")
	long seed;

	@Option(names = "--firearms", defaultValue = "20000", description = "firearms in the world (default ${DEFAULT-VALUE})")
	int firearms;

	@Option(names = "--from", defaultValue = "2015", description = "first year (default ${DEFAULT-VALUE})")
	int fromYear;

	@Option(names = "--to", defaultValue = "2024", description = "last year (default ${DEFAULT-VALUE})")
	int toYear;

	@Option(names = "--out", defaultValue = "irontrace-world", description = "output directory (default ${DEFAULT-VALUE})")
	Path out;

	@Option(names = "--load", description = "import the files into the database after writing them")
	boolean load;

	@Option(names = "--calibration", description = "print the calibration table and the tracing centre's answer mix")
	boolean calibration;

	@Option(names = "--agency-view", description = "write only what recovering agencies hold: no licensees.csv, "
			+ "no commerce_events.csv")
	boolean agencyView;

	@Option(names = "--shipments", defaultValue = "7000", description = "outbound shipments declared to customs over "
			+ "the world's last week, written as shipments.csv and inspections.csv (default ${DEFAULT-VALUE}; 0 for none)")
	int shipments;

	public SimulateCommand(ImportService importService) {
		this.importService = importService;
	}

	@Override
	public Integer call() {
		PrintStream stdout = System.out;
		SimulationSettings settings;
		try {
			settings = new SimulationSettings(seed, firearms, fromYear, toYear);
		}
		catch (IllegalArgumentException e) {
			System.err.println(e.getMessage());
			return 2;
		}
		ProgressLine bar = firearms >= PROGRESS_FROM ? new ProgressLine("firearms", System.err) : null;
		LongConsumer progress = bar == null ? done -> {
		} : done -> bar.show((double) done / firearms, done);
		long started = System.nanoTime();
		// Customs declarations are what the US holds, not a recovering agency: the agency view leaves them out.
		IronRiverSimulator.WorldAndShipments written = new IronRiverSimulator().writeWorldAndShipments(settings, out,
				agencyView ? WorldView.AGENCY : WorldView.FULL, progress, shipments);
		SimulationSummary summary = written.world();
		if (bar != null) {
			bar.finish();
		}
		stdout.printf("Wrote %s in %.1f s: %,d firearms, %,d licensees, %,d commerce events, %,d recoveries, "
				+ "%,d trafficking cases, %,d people%n", out.toAbsolutePath(), (System.nanoTime() - started) / 1e9,
				summary.firearms(), summary.licensees(), summary.commerceEvents(), summary.recoveries(),
				summary.traffickingCases(), summary.people());
		stdout.printf("Agencies hold %,d trace answers, %,d ballistic links, %,d registered firearms "
				+ "(%,d recovered after domestic diversion)%s%n", summary.traceResults(), summary.ballisticLinks(),
				summary.registeredFirearms(), summary.domesticDiversions(),
				agencyView ? "; the US ledger was not written (agency view)" : "");
		if (written.shipments() != null) {
			SouthboundTraffic.Written declared = written.shipments();
			stdout.printf("Customs holds %,d outbound shipments (%,d smuggling guns), %,d inspections, %,d seizures%n",
					declared.shipments(), declared.smuggling(), declared.inspections(), declared.seizures());
		}
		if (calibration) {
			CalibrationTable.print(summary.calibration(), stdout);
			TraceAnswerTable.print(summary.traceAnswers(), stdout);
		}
		return load ? load(stdout) : 0;
	}

	private int load(PrintStream stdout) {
		if (importService == null) {
			System.err.println("--load needs the database: run it as 'irontrace simulate --load'");
			return 2;
		}
		long rejected = 0;
		for (ImportReport report : importService.importFolder(out, ImportProgress.NONE)) {
			stdout.printf("%s: %,d accepted, %,d duplicates, %,d rejected%n", report.kind(), report.accepted(),
					report.duplicates(), report.rejected());
			report.errors().forEach(error -> stdout.printf("  line %d%s: %s%n", error.line(),
					error.column() == null ? "" : ", " + error.column(), error.message()));
			rejected += report.rejected();
		}
		return rejected == 0 ? 0 : 1;
	}
}
