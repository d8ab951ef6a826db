package org.irontrace.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The agency view writes what a recovering agency holds, the same as the full world, and no ledger. */
class AgencyViewTest {

	@TempDir
	Path temp;

	@Test
	void agencyViewHasNoLedgerAndTheSameAgencyFiles() throws IOException {
		SimulationSettings settings = new SimulationSettings(11, 5_000, 2015, 2024);
		new IronRiverSimulator().writeWorld(settings, temp.resolve("full"), WorldView.FULL, done -> {
		});
		int exit = new CommandLine(new SimulateCommand(null)).execute("--seed", "11", "--firearms", "5000", "--out",
				temp.resolve("agency").toString(), "--agency-view");
		assertThat(exit).isZero();
		try (var files = Files.list(temp.resolve("agency"))) {
			assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
					WorldFiles.AGENCY_VIEW);
		}
		for (String file : WorldFiles.AGENCY_VIEW) {
			if (!file.equals(WorldFiles.GROUND_TRUTH)) {
				assertThat(Files.mismatch(temp.resolve("full").resolve(file), temp.resolve("agency").resolve(file)))
					.as(file)
					.isEqualTo(-1L);
			}
		}
		assertThat(temp.resolve("full").resolve(WorldFiles.COMMERCE_EVENTS)).exists();
		assertThat(temp.resolve("full").resolve(WorldFiles.LICENSEES)).exists();
	}
}
