package org.irontrace.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command writes a world and prints the calibration table; no database needed without --load. */
class SimulateCommandTest {

	@TempDir
	Path temp;

	@Test
	void writesAWorldAndPrintsCalibration() {
		PrintStream original = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		int exit;
		try {
			System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
			exit = new CommandLine(new SimulateCommand(null)).execute("--seed", "9", "--firearms", "3000", "--out",
					temp.toString(), "--calibration");
		}
		finally {
			System.setOut(original);
		}
		assertThat(exit).isZero();
		assertThat(temp.resolve("licensees.csv")).exists();
		assertThat(temp.resolve("ground_truth.json")).exists();
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Mexico: US-sourced share", "tolerance");
	}

	@Test
	void rejectsBadSettings() {
		int exit = new CommandLine(new SimulateCommand(null)).execute("--from", "2024", "--to", "2015", "--out",
				temp.toString());
		assertThat(exit).isEqualTo(2);
		assertThat(Files.exists(temp.resolve("licensees.csv"))).isFalse();
	}
}
