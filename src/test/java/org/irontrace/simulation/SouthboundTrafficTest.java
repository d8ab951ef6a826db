package org.irontrace.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The simulated southbound traffic: the same seed writes the same files, the world's own files do not
 * change when it is written beside them, and smuggling shipments are planted with their truth, some
 * shipped by the world's own traffickers.
 */
class SouthboundTrafficTest {

	@TempDir
	Path temp;

	@Test
	void theWorldsFilesAreTheSameWithOrWithoutShipments() throws IOException {
		for (String shipments : List.of("0", "3000")) {
			int exit = new CommandLine(new SimulateCommand(null)).execute("--seed", "5", "--firearms", "3000", "--out",
					temp.resolve(shipments).toString(), "--shipments", shipments);
			assertThat(exit).isZero();
		}
		for (String file : List.of(WorldFiles.LICENSEES, WorldFiles.COMMERCE_EVENTS, WorldFiles.RECOVERIES,
				WorldFiles.TRACE_RESULTS, WorldFiles.BALLISTIC_LINKS, WorldFiles.DOMESTIC_REGISTRY, WorldFiles.GROUND_TRUTH)) {
			assertThat(Files.mismatch(temp.resolve("0").resolve(file), temp.resolve("3000").resolve(file))).as(file)
				.isEqualTo(-1L);
		}
		assertThat(temp.resolve("0").resolve(SouthboundTraffic.SHIPMENTS)).doesNotExist();
		List<String> shipments = Files.readAllLines(temp.resolve("3000").resolve(SouthboundTraffic.SHIPMENTS));
		assertThat(shipments).hasSize(3001);
		List<String> truth = Files.readAllLines(temp.resolve("3000").resolve(SouthboundTraffic.TRUTH));
		long smuggling = truth.stream().filter(line -> line.contains(",Y,")).count();
		assertThat(smuggling).isBetween(10L, 60L);
		assertThat(Files.readAllLines(temp.resolve("3000").resolve(SouthboundTraffic.INSPECTIONS))).hasSizeGreaterThan(50);
	}

	@Test
	void theSameSeedWritesTheSameTrafficAndKnownTraffickersShip() throws IOException {
		List<SouthboundTraffic.Party> known = List.of(new SouthboundTraffic.Party("Zed Known", "1 Main St", "Miami", "FL", "33127"));
		SouthboundTraffic.Settings settings = new SouthboundTraffic.Settings(9, 5000, java.time.LocalDate.of(2024, 1, 1), 7, 7,
				"US-CBP", 0.02);
		new SouthboundTraffic(settings, known).write(temp.resolve("a"));
		new SouthboundTraffic(settings, known).write(temp.resolve("b"));
		for (String file : List.of(SouthboundTraffic.SHIPMENTS, SouthboundTraffic.INSPECTIONS, SouthboundTraffic.TRUTH)) {
			assertThat(Files.mismatch(temp.resolve("a").resolve(file), temp.resolve("b").resolve(file))).as(file)
				.isEqualTo(-1L);
		}
		assertThat(Files.readString(temp.resolve("a").resolve(SouthboundTraffic.SHIPMENTS))).contains("Zed Known");
	}
}
