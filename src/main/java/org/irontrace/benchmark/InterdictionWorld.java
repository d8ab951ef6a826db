package org.irontrace.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.irontrace.identity.People;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportService;
import org.irontrace.intel.Intelligence;
import org.irontrace.simulation.IronRiverSimulator;
import org.irontrace.simulation.SimulationSettings;
import org.irontrace.simulation.SouthboundTraffic;
import org.irontrace.trace.TraceService;
import org.springframework.stereotype.Component;

/**
 * A simulated world loaded as production loads one (imported, traced, people resolved, rings and
 * leads computed), so that the interdiction benchmark's graph rules have purchasers, possessors and
 * ring members to find; its traffickers are returned for the southbound traffic to ship as.
 */
@Component
class InterdictionWorld {

	private final ImportService imports;

	private final TraceService traces;

	private final People people;

	private final Intelligence intelligence;

	InterdictionWorld(ImportService imports, TraceService traces, People people, Intelligence intelligence) {
		this.imports = imports;
		this.traces = traces;
		this.people = people;
		this.intelligence = intelligence;
	}

	/** Writes a world of {@code firearms} guns into the folder {@code world} and loads it; answers its traffickers. */
	List<SouthboundTraffic.Party> load(long seed, int firearms, Path world) throws Exception {
		Files.createDirectories(world);
		List<SouthboundTraffic.Party> traffickers = new ArrayList<>();
		long start = System.nanoTime();
		new IronRiverSimulator().writeWorld(new SimulationSettings(seed, firearms, 2015, 2024), world, traffickers);
		imports.importFolder(world, ImportProgress.NONE);
		traces.traceEveryAgency();
		people.resolve(null, false);
		intelligence.refresh();
		System.out.printf("world of %,d firearms (seed %d) loaded, traced and its rings and leads computed in %.1f s;"
				+ " %,d traffickers may ship%n", firearms, seed, (System.nanoTime() - start) / 1e9, traffickers.size());
		return traffickers;
	}
}
