package org.irontrace.intel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.irontrace.LedgerFixtures;
import org.irontrace.identity.People;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportService;
import org.irontrace.simulation.IronRiverSimulator;
import org.irontrace.simulation.SimulationSettings;
import org.irontrace.trace.TraceService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small simulated world brought in through the normal paths: written, imported, its recoveries
 * traced and its people resolved, ready for the intelligence. Recovery ids do not depend on the
 * seed, so each world's are prefixed with a tag that keeps them apart from other tests' worlds.
 */
final class TaggedWorld {

	private TaggedWorld() {
	}

	/** Loads the world into {@code folder}; answers the tag its recovery ids start with ({@code TAG-}). */
	static String load(ApplicationContext beans, Path folder, long seed, int firearms) throws Exception {
		new IronRiverSimulator().writeWorld(new SimulationSettings(seed, firearms, 2015, 2024), folder, done -> {
		});
		String tag = LedgerFixtures.uniqueTag();
		Path recoveries = folder.resolve("recoveries.csv");
		List<String> lines = Files.readAllLines(recoveries);
		for (int i = 1; i < lines.size(); i++) {
			lines.set(i, tag + "-" + lines.get(i));
		}
		Files.write(recoveries, lines);
		org.irontrace.LedgerWorld.keepTheLedgerOnly(folder);
		beans.getBean(ImportService.class).importFolder(folder, ImportProgress.NONE);
		TraceService traces = beans.getBean(TraceService.class);
		beans.getBean(JdbcClient.class).sql("SELECT DISTINCT agency FROM recovery WHERE recovery_id LIKE ?").param(tag + "-%")
			.query(String.class).list().forEach(agency -> traces.traceUntraced(agency, done -> {
			}));
		beans.getBean(People.class).resolve(null, false);
		return tag;
	}
}
