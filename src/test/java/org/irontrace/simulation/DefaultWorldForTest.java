package org.irontrace.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The default world (seed 42, 20,000 firearms, 2015-2024), written once per test run and shared. */
final class DefaultWorldForTest {

	static final SimulationSettings SETTINGS = SimulationSettings.small(42);

	private static Path directory;

	private static SimulationSummary summary;

	private DefaultWorldForTest() {
	}

	static synchronized Path directory() {
		if (directory == null) {
			try {
				directory = Files.createTempDirectory("irontrace-world");
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			summary = new IronRiverSimulator().writeWorld(SETTINGS, directory, done -> {
			});
			directory.toFile().deleteOnExit();
		}
		return directory;
	}

	static synchronized SimulationSummary summary() {
		directory();
		return summary;
	}

	static Path file(String name) {
		return directory().resolve(name);
	}
}
