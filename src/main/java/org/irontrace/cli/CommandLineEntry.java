package org.irontrace.cli;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * Decides what the jar was started for. No arguments or {@code serve}: the server. Anything else:
 * a command run with the same services but no web server, that exits when done.
 */
public final class CommandLineEntry {

	private static final Set<String> SERVER_WORDS = Set.of("serve", "server");

	private CommandLineEntry() {
	}

	public static boolean startsServer(String[] args) {
		return args.length == 0 || SERVER_WORDS.contains(args[0]) || args[0].startsWith("--");
	}

	/** Runs a command and answers its exit code. */
	public static int runCommand(Class<?> application, String[] args) {
		if (isHelp(args)) {
			return new CommandLine(IronTraceCommand.class).execute(args);
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.properties(Map.of("logging.level.root", "WARN",
					"logging.level.org.irontrace", "WARN", "spring.main.log-startup-info", "false"))
			.run(args)) {
			CommandLine commandLine = new CommandLine(IronTraceCommand.class, new SpringCommandFactory(context));
			return commandLine.execute(args);
		}
	}

	private static boolean isHelp(String[] args) {
		return args[0].equals("help") || args[0].equals("-h") || args[0].equals("--help");
	}
}
