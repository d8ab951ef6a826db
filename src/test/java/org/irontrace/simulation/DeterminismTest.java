package org.irontrace.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same seed and settings give byte-identical files; another seed gives another world. */
class DeterminismTest {

	private static final List<String> FILES = List.of(WorldFiles.LICENSEES, WorldFiles.COMMERCE_EVENTS,
			WorldFiles.RECOVERIES, WorldFiles.TRACE_RESULTS, WorldFiles.BALLISTIC_LINKS, WorldFiles.DOMESTIC_REGISTRY,
			WorldFiles.GROUND_TRUTH);

	@TempDir
	Path temp;

	@Test
	void sameSeedGivesIdenticalBytes() throws IOException {
		SimulationSettings settings = new SimulationSettings(7, 6_000, 2015, 2024);
		new IronRiverSimulator().writeWorld(settings, temp.resolve("a"), done -> {
		});
		new IronRiverSimulator().writeWorld(settings, temp.resolve("b"), done -> {
		});
		for (String file : FILES) {
			assertThat(Files.mismatch(temp.resolve("a").resolve(file), temp.resolve("b").resolve(file))).as(file)
				.isEqualTo(-1L);
		}
		try (var left = Files.list(temp.resolve("a"))) {
			assertThat(left.map(path -> path.getFileName().toString()).sorted()).as("no part files left behind")
				.containsExactlyElementsOf(FILES.stream().sorted().toList());
		}
	}

	@Test
	void anotherSeedGivesAnotherWorld() {
		new IronRiverSimulator().writeWorld(new SimulationSettings(7, 3_000, 2015, 2024), temp.resolve("a"), done -> {
		});
		new IronRiverSimulator().writeWorld(new SimulationSettings(8, 3_000, 2015, 2024), temp.resolve("b"), done -> {
		});
		assertThat(mismatch(WorldFiles.COMMERCE_EVENTS)).isNotEqualTo(-1L);
		assertThat(mismatch(WorldFiles.TRACE_RESULTS)).isNotEqualTo(-1L);
	}

	@Test
	void progressIsReportedUpToTheLastFirearm() {
		List<Long> reported = new java.util.ArrayList<>();
		new IronRiverSimulator().writeWorld(new SimulationSettings(3, 25_000, 2015, 2024), temp.resolve("p"), reported::add);
		assertThat(reported).isSorted().last().isEqualTo(25_000L);
		assertThat(reported).hasSizeGreaterThan(1);
	}

	private long mismatch(String file) {
		try {
			return Files.mismatch(temp.resolve("a").resolve(file), temp.resolve("b").resolve(file));
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
