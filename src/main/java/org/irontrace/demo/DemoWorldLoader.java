package org.irontrace.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.irontrace.commerce.Ledger;
import org.irontrace.identity.People;
import org.irontrace.imports.ImportProgress;
import org.irontrace.intel.Intelligence;
import org.irontrace.imports.ImportReport;
import org.irontrace.imports.ImportService;
import org.irontrace.platform.IronTraceHome;
import org.irontrace.recovery.Recoveries;
import org.irontrace.simulation.IronRiverSimulator;
import org.irontrace.simulation.SimulationSettings;
import org.irontrace.trace.TraceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the demo world into an empty installation on the server's first start (never from a
 * command-line run), through the same import path as any sender's files, then traces every
 * recovery, resolves the people and computes the leads, so the first screen has results. The world is the simulator's small iron river (about
 * 20,000 guns) plus the showcase cases, which make sure every trace status and reason is on show.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "irontrace.demo", havingValue = "true", matchIfMissing = true)
class DemoWorldLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoWorldLoader.class);

	static final long SEED = 2026;

	static final int SHOWCASE_GUNS = 300;

	private final ImportService imports;

	private final TraceService traces;

	private final Ledger ledger;

	private final Recoveries recoveries;

	private final IronTraceHome home;

	private final People people;

	private final Intelligence intelligence;

	private final DemoAgencies agencies;

	private final DemoWorld demo;

	DemoWorldLoader(ImportService imports, TraceService traces, Ledger ledger, Recoveries recoveries,
			IronTraceHome home, People people, Intelligence intelligence, DemoAgencies agencies, DemoWorld demo) {
		this.agencies = agencies;
		this.demo = demo;
		this.people = people;
		this.intelligence = intelligence;
		this.imports = imports;
		this.traces = traces;
		this.ledger = ledger;
		this.recoveries = recoveries;
		this.home = home;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadIntoEmptyInstallation() {
		// Once removed, the demo stays removed: its empty ledger is then the operators' to fill.
		if (!ledger.isEmpty() || demo.everLoaded()) {
			return;
		}
		log.info("Empty installation: loading the demo world (set IRONTRACE_DEMO=false to start empty)");
		// Marked first: a page opened while the world loads already says that it is invented.
		demo.loaded();
		loadSimulatedWorld();
		ShowcaseFiles showcase = ShowcaseWorld.build(SEED, SHOWCASE_GUNS);
		load("licensees", showcase.licensees());
		load("commerce-events", showcase.events());
		load("recoveries", showcase.recoveries());
		agencies.register();
		traces.traceEveryAgency();
		// People resolved and leads computed, so the first look at the leads shows the planted rings.
		people.resolve(null, false);
		intelligence.refresh();
		log.info("Demo world loaded, traced, resolved and analysed for agencies {}", recoveries.listAgencies());
	}

	/** Outbound shipments of the demo's customs week: enough for a targeting list per port and day. */
	private static final int DEMO_SHIPMENTS = 3000;

	private void loadSimulatedWorld() {
		try {
			Path world = Files.createDirectories(home.resolve("demo-world"));
			// With a week of customs declarations after the world, some shipped by its traffickers.
			new IronRiverSimulator().writeWorldAndShipments(SimulationSettings.small(SEED), world,
					org.irontrace.simulation.WorldView.FULL, done -> {
					}, DEMO_SHIPMENTS);
			imports.importFolder(world, ImportProgress.NONE).forEach(report -> report(report.kind(), report));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the demo world", e);
		}
	}

	private void load(String kind, String csv) {
		report(kind, imports.importCsv(kind, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
				ImportProgress.NONE));
	}

	private static void report(String kind, ImportReport report) {
		if (report.rejected() > 0) {
			log.warn("Demo {}: {} rows rejected, first: {}", kind, report.rejected(), report.errors().get(0));
		}
	}
}
