package org.irontrace.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.irontrace.IronTraceApplication;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user runs it: each command is a separate start of IronTrace on the same
 * data folder, so this also shows that the embedded database keeps its data across restarts.
 */
@Tag("integration")
class CommandLineTest {

	@TempDir
	Path folder;

	final String t = LedgerFixtures.uniqueTag();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private PrintStream originalOut;

	@BeforeEach
	void sameDataFolderForEveryCommand() {
		System.setProperty("irontrace.home", folder.resolve("home").toString());
		// The folder must outlive each command: the next command starts on the same data.
		System.setProperty("irontrace.home.discard-on-close", "false");
		originalOut = System.out;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		System.setOut(originalOut);
		System.clearProperty("irontrace.home");
		System.clearProperty("irontrace.home.discard-on-close");
	}

	@Test
	void importThenTraceAnAgencysRecoveriesInBulk() throws Exception {
		String dealer = "D-" + t;
		Path licensees = write("licensees.csv", csv(LICENSEES_HEADER, dealer + ",01,Guns " + t + ",,Tucson,AZ,,US,"));
		Path events = write("commerce_events.csv", csv(EVENTS_HEADER,
				t + "-1,MANUFACTURED,2019-01-01," + t + "77,Glock,,19,9mm,PISTOL,US,,M-" + t + ",,,,",
				t + "-2,TRANSFERRED,2019-02-01," + t + "77,Glock,,19,9mm,PISTOL,US,M-" + t + "," + dealer + ",,,,",
				t + "-3,SOLD,2019-03-01," + t + "77,Glock,,19,9mm,PISTOL,US," + dealer + ",,Ana,Ruiz,1985-02-03,AZ"));
		Path recoveries = write("recoveries.csv", csv(RECOVERIES_HEADER,
				"R1," + t + ",2019-09-07,MX,SON,Nogales,BORDER_SEIZURE," + t + "77,N,,Glock,,,,,,,",
				"R2," + t + ",2020-01-01,MX,SON,Nogales,,,Y,,Glock,,,,,,,",
				"R3," + t + ",not-a-date,MX,,,,,N,,,,,,,,,"));

		assertThat(run("import", "licensees", licensees.toString())).isZero();
		assertThat(run("import", "commerce-events", events.toString())).isZero();
		assertThat(output()).contains("3 accepted");
		assertThat(run("import", "recoveries", recoveries.toString())).as("a rejected row fails the command").isEqualTo(1);
		assertThat(output()).contains("2 accepted").contains("line 4, recovery_date");

		assertThat(run("trace", "--agency", t, "--all")).isZero();
		assertThat(output()).contains("2 recoveries traced").contains("1 COMPLETED").contains("1 NOT_TRACED");
		assertThat(run("trace", "--agency", t, "--all")).isZero();
		assertThat(output()).as("nothing left to trace").contains("0 recoveries traced");

		assertThat(run("trace", "--agency", t, "--recovery", "R1")).isZero();
		assertThat(output()).contains("status: COMPLETED").contains("time-to-crime 190 days");
	}

	@Test
	void aWholeFolderImportsInLedgerOrderAndEveryAgencyIsTraced() throws Exception {
		// Tracing every agency counts whatever the database holds: only an installation of its own will do.
		org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("IRONTRACE_DB_URL") == null);
		Path world = java.nio.file.Files.createDirectories(folder.resolve("world"));
		java.nio.file.Files.writeString(world.resolve("licensees.csv"), csv(LICENSEES_HEADER, "D-" + t + ",01,Guns,,Tucson,AZ,,US,"));
		java.nio.file.Files.writeString(world.resolve("commerce_events.csv"), csv(EVENTS_HEADER,
				t + "-1,SOLD,2019-03-01," + t + "5,Glock,,19,9mm,PISTOL,US,D-" + t + ",,Ana,Ruiz,1985-02-03,AZ"));
		java.nio.file.Files.writeString(world.resolve("recoveries.csv"), csv(RECOVERIES_HEADER,
				"R1,A-" + t + ",2019-09-07,MX,SON,Nogales,,," + "N,,,,,,,,,",
				"R1,B-" + t + ",2019-09-08,MX,SON,Nogales,," + t + "5,N,,Glock,,,,,,,"));

		assertThat(run("import", "all", world.toString())).isZero();
		assertThat(output()).contains("licensees: 1 accepted").contains("commerce-events: 1 accepted")
			.contains("recoveries: 2 accepted");
		assertThat(run("trace", "--all")).isZero();
		assertThat(output()).contains("every agency").contains("1 COMPLETED").contains("1 NOT_TRACED");
		assertThat(run("trace", "--recovery", "R1")).as("a recovery id needs its agency").isEqualTo(2);
	}

	@Test
	void aMissingFileOrUnknownKindIsAClearError() {
		assertThat(run("import", "licensees", folder.resolve("nope.csv").toString())).isEqualTo(2);
		assertThat(run("import", "guns", write("x.csv", "a\n1\n").toString())).isEqualTo(2);
	}

	@Test
	void theLoadBenchmarkPrintsItsUsageRefusesUnboundedRunsAndMeasuresEveryPhase() {
		assertThat(run("load-benchmark", "--help")).isZero();
		assertThat(output()).contains("--clients").contains("--seconds").contains("--events").contains("--batch-size");
		assertThat(run("load-benchmark", "--clients", "500")).as("bounded in clients").isEqualTo(2);
		assertThat(run("load-benchmark", "--seconds", "3600")).as("bounded in time").isEqualTo(2);

		assertThat(run("load-benchmark", "--stream-rate", "5000")).as("bounded in rate").isEqualTo(2);
		assertThat(run("load-benchmark", "--stream-seconds", "3600")).as("the stream bounded in time").isEqualTo(2);

		assertThat(run("load-benchmark", "--clients", "2", "--seconds", "2", "--events", "4000", "--recoveries", "200",
				"--batch-size", "20", "--stream-rate", "10")).isZero();
		assertThat(output()).contains("POST /api/v1/traces, token").contains("POST /api/v1/traces, HTTP Basic")
			.contains("POST /api/v1/traces:batch (20)").contains("GET /api/v1/recoveries")
			.contains("requests answered 200").contains("HTTP Basic traces/s / token traces/s")
			.containsPattern("POST /api/v1/traces, token, paced at 10/s: (9|10|11) traces/s held over 2 s")
			.contains("leads settled").contains("after the stream's last trace <= 5 s");
	}

	private int run(String... args) {
		out.reset();
		return CommandLineEntry.runCommand(IronTraceApplication.class, args);
	}

	private String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private Path write(String name, String content) {
		try {
			return Files.writeString(folder.resolve(name), content);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
