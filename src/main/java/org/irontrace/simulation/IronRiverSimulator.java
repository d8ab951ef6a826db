package org.irontrace.simulation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The iron-river simulator. Writes a world gun by gun and case by case, each written to disk as soon
 * as it exists, so memory holds only the licensees, the case in progress and a few counters whatever
 * the number of firearms. Needs no Spring: {@code new IronRiverSimulator().writeWorld(...)}.
 *
 * <p>Three controllers keep the world calibrated as it grows: about one US gun in five is trafficked
 * (far above the real share, so that a 20,000-gun demo world yields thousands of recoveries);
 * foreign-made guns are added as each recovering country's published US-sourced share requires; and
 * cases, corridors and types are drawn through quotas (see {@link QuotaDraw}).
 */
public final class IronRiverSimulator {

	/** Share of US guns that end up trafficked in the simulated world (compressed for a useful demo). */
	static final double TRAFFICKED_SHARE = 0.2;

	private static final long PROGRESS_EVERY = 10_000;

	public SimulationSummary writeWorld(SimulationSettings settings, Path outDir, LongConsumer firearmsDone) {
		return writeWorld(settings, outDir, WorldView.FULL, firearmsDone);
	}

	/** Writes the world as {@code view} asks: every file, or only what a recovering agency holds. */
	public SimulationSummary writeWorld(SimulationSettings settings, Path outDir, WorldView view, LongConsumer firearmsDone) {
		return writeWorld(settings, outDir, view, firearmsDone, trafficking -> {
		});
	}

	/**
	 * The whole world as {@link #writeWorld} writes it, adding to {@code traffickers} each trafficking
	 * crew member with a home, as southbound traffic may ship them (for a benchmark that writes its own
	 * declarations beside the world).
	 */
	public SimulationSummary writeWorld(SimulationSettings settings, Path outDir,
			java.util.List<SouthboundTraffic.Party> traffickers) {
		return writeWorld(settings, outDir, WorldView.FULL, done -> {
		}, trafficking -> Shippers.addCrew(trafficking, traffickers));
	}

	/** A world and the customs declarations written beside it (null when none were asked for). */
	public record WorldAndShipments(SimulationSummary world, SouthboundTraffic.Written shipments) {
	}

	/**
	 * The world, then {@code shipments} outbound shipments declared to US customs over the week after
	 * its last year (all inspected as officers do), some shipped by the world's own traffickers. The
	 * world's files are the same as {@link #writeWorld} writes; the agency view holds no declarations.
	 */
	public WorldAndShipments writeWorldAndShipments(SimulationSettings settings, Path outDir, WorldView view,
			LongConsumer firearmsDone, int shipments) {
		java.util.List<SouthboundTraffic.Party> traffickers = new java.util.ArrayList<>();
		SimulationSummary summary = writeWorld(settings, outDir, view, firearmsDone,
				trafficking -> Shippers.addCrew(trafficking, traffickers));
		if (shipments <= 0 || view == WorldView.AGENCY) {
			return new WorldAndShipments(summary, null);
		}
		SouthboundTraffic.Settings week = new SouthboundTraffic.Settings(settings.seed(), shipments,
				java.time.LocalDate.of(settings.toYear(), 12, 25), 7, 7, Shippers.CUSTOMS, Shippers.SMUGGLING_SHARE);
		return new WorldAndShipments(summary, new SouthboundTraffic(week, traffickers).write(outDir));
	}

	/** As above, telling {@code casesWatched} of each trafficking case as it is made. */
	SimulationSummary writeWorld(SimulationSettings settings, Path outDir, WorldView view, LongConsumer firearmsDone,
			java.util.function.Consumer<TraffickingCase> casesWatched) {
		try (WorldFiles files = new WorldFiles(outDir, view)) {
			World world = new World(settings, files);
			world.casesWatched = casesWatched;
			world.licensees.write(files.licensees());
			world.licensees.corruptDealers().forEach(dealer -> files.truth().add(GroundTruth.Section.CORRUPT_DEALERS,
					new JsonObject().field("licence_number", dealer.number())
						.field("business_name", dealer.name())
						.field("state", dealer.state())));
			SupplyChain supply = new SupplyChain(world);
			RecoveryReporting reporting = new RecoveryReporting(world);
			ForeignSupply foreign = new ForeignSupply(world, reporting);
			LawfulMarket lawful = new LawfulMarket(world, supply);
			TraffickingOperation trafficking = new TraffickingOperation(world, supply, new Seizures(world, reporting, foreign));
			CaseSizes caseSizes = new CaseSizes(TRAFFICKED_SHARE * settings.firearms());
			long target = settings.firearms();
			long made = 0;
			long usGuns = 0;
			long trafficked = 0;
			long foreignGuns = 0;
			long cases = 0;
			long nextReport = PROGRESS_EVERY;
			while (made < target) {
				RecoveringCountry owed = foreign.owed();
				if (owed != null) {
					foreign.emit(owed);
					made++;
					foreignGuns++;
				}
				else if (trafficked < TRAFFICKED_SHARE * (usGuns + 1)) {
					int size = (int) Math.min(caseSizes.next(world.dice), target - made);
					trafficking.run(size);
					made += size;
					usGuns += size;
					trafficked += size;
					cases++;
				}
				else {
					lawful.emit();
					made++;
					usGuns++;
				}
				if (made >= nextReport) {
					firearmsDone.accept(made);
					nextReport = (made / PROGRESS_EVERY + 1) * PROGRESS_EVERY;
				}
			}
			firearmsDone.accept(made);
			RegistryFile registryFile = new RegistryFile(files.domesticRegistry(), world.calendar);
			DomesticRegistry registry = new DomesticRegistry(world, reporting, registryFile);
			registry.write();
			List<CalibrationFigure> calibration = new ArrayList<>(world.tally.figures());
			calibration.addAll(world.traceTally.figures());
			SimulationSummary summary = new SimulationSummary(made, world.licensees.count(), world.ledger.events(),
					world.recoveries.written(), cases, trafficked, foreignGuns, world.people.created(), calibration,
					world.traceDesk.answersWritten(), world.ballistics.linksWritten(), registryFile.written(),
					registry.diverted(), world.traceTally.mix());
			files.finish(worldTruth(settings, view, summary), CalibrationJson.of(summary.calibration()));
			return summary;
		}
	}

	private static JsonObject worldTruth(SimulationSettings settings, WorldView view, SimulationSummary summary) {
		return new JsonObject().field("seed", settings.seed())
			.field("firearms", settings.firearms())
			.field("from_year", settings.fromYear())
			.field("to_year", settings.toYear())
			.field("licensees", summary.licensees())
			.field("commerce_events", summary.commerceEvents())
			.field("recoveries", summary.recoveries())
			.field("trafficking_cases", summary.traffickingCases())
			.field("trafficked_firearms", summary.traffickedFirearms())
			.field("foreign_firearms", summary.foreignFirearms())
			.field("people", summary.people())
			.field("view", view.name())
			.field("trace_results", summary.traceResults())
			.field("ballistic_links", summary.ballisticLinks())
			.field("registered_firearms", summary.registeredFirearms())
			.field("domestic_diversions", summary.domesticDiversions());
	}
}
