package org.irontrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.irontrace.IronTraceApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Every command answers {@code --help}, {@code -h} and {@code help} with its usage at once, as a new
 * user tries them: exit code 0 within five seconds, and no server started (the HTTP port stays free).
 * The commands are read from picocli's tree, so a command added later is covered without a line here.
 */
class CommandHelpTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private PrintStream originalOut;

	private int port;

	@BeforeEach
	void catchTheUsageAndWatchAPort() throws IOException {
		originalOut = System.out;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		// A server started by mistake would listen here.
		System.setProperty("server.port", String.valueOf(port));
	}

	@AfterEach
	void restore() {
		System.setOut(originalOut);
		System.clearProperty("server.port");
	}

	@TestFactory
	Stream<DynamicTest> everyCommandPrintsItsUsage() {
		List<DynamicTest> cases = new ArrayList<>();
		cases.add(helpCase(List.of("--help")));
		cases.add(helpCase(List.of("-h")));
		cases.add(helpCase(List.of("help")));
		cases.add(helpCase(List.of("--version")));
		List<List<String>> paths = new ArrayList<>();
		collect(CommandLineEntry.commandLine(new HelpOnlyFactory()), List.of(), paths);
		assertThat(paths).as("the commands README.md names").contains(List.of("import"), List.of("trace"),
				List.of("benchmark"), List.of("audit", "verify"), List.of("simulate"), List.of("serve"));
		for (List<String> path : paths) {
			cases.add(helpCase(with(path, "--help")));
			if (path.size() == 1) {
				cases.add(helpCase(List.of("help", path.get(0))));
			}
		}
		cases.add(helpCase(List.of("audit", "help")));
		return cases.stream();
	}

	private DynamicTest helpCase(List<String> args) {
		return DynamicTest.dynamicTest(String.join(" ", args), () -> {
			String[] words = args.toArray(String[]::new);
			assertThat(CommandLineEntry.startsServer(words)).as("asking for help starts no server").isFalse();
			out.reset();
			long start = System.nanoTime();
			int exit = CommandLineEntry.runCommand(IronTraceApplication.class, words);
			long millis = (System.nanoTime() - start) / 1_000_000;
			String printed = out.toString(StandardCharsets.UTF_8);
			assertThat(exit).as(printed).isZero();
			assertThat(millis).as("answered at once").isLessThan(5_000);
			assertThat(printed).containsAnyOf("Usage:", "IronTrace");
			if (!args.contains("--version")) {
				assertThat(printed).contains("Usage:");
			}
			try (ServerSocket stillFree = new ServerSocket(port)) {
				assertThat(stillFree.isBound()).as("no server is listening on the HTTP port").isTrue();
			}
		});
	}

	private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
		command.getSubcommands().forEach((name, sub) -> {
			if (name.equals("help")) {
				return;
			}
			List<String> subPath = with(path, name);
			paths.add(subPath);
			collect(sub, subPath, paths);
		});
	}

	private static List<String> with(List<String> path, String word) {
		List<String> longer = new ArrayList<>(path);
		longer.add(word);
		return longer;
	}
}
