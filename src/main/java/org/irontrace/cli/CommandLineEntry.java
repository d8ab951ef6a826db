package org.irontrace.cli;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * Decides what the jar was started for. No arguments, {@code serve} or Spring options
 * ({@code --server.port=...}): the server. A request for help or the version, at any level: the
 * usage, printed at once without the database or the server. Anything else: a command run with the
 * same services but no web server, that exits when done.
 */
public final class CommandLineEntry {

	private static final Set<String> SERVER_WORDS = Set.of("serve", "server");

	private static final Set<String> HELP_OPTIONS = Set.of("-h", "--help", "-V", "--version");

	private static final String HELP_WORD = "help";

	private CommandLineEntry() {
	}

	public static boolean startsServer(String[] args) {
		if (asksForHelp(args)) {
			return false;
		}
		return args.length == 0 || SERVER_WORDS.contains(args[0]) || args[0].startsWith("--");
	}

	/** Runs a command and answers its exit code. */
	public static int runCommand(Class<?> application, String[] args) {
		if (asksForHelp(args)) {
			return commandLine(new HelpOnlyFactory()).execute(args);
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.properties(Map.of("logging.level.root", "WARN",
					"logging.level.org.irontrace", "WARN", "spring.main.log-startup-info", "false"))
			.run(args)) {
			return commandLine(new SpringCommandFactory(context)).execute(args);
		}
	}

	/**
	 * The whole command tree, every command with {@code --help} and {@code --version}, and every
	 * command that has commands of its own with a {@code help} command, so help is found at any level.
	 */
	static CommandLine commandLine(CommandLine.IFactory factory) {
		CommandLine root = new CommandLine(IronTraceCommand.class, factory);
		offerHelp(root);
		return root;
	}

	private static void offerHelp(CommandLine command) {
		if (command.getCommandSpec().optionsMap().get("--help") == null) {
			command.getCommandSpec().mixinStandardHelpOptions(true);
		}
		boolean hasCommands = !command.getSubcommands().isEmpty();
		command.getSubcommands().values().forEach(CommandLineEntry::offerHelp);
		if (hasCommands && !command.getSubcommands().containsKey(HELP_WORD)) {
			command.addSubcommand(HELP_WORD, new CommandLine.HelpCommand());
		}
	}

	/** A help or version option anywhere, or the word {@code help} among the leading command words. */
	static boolean asksForHelp(String[] args) {
		if (Arrays.stream(args).anyMatch(HELP_OPTIONS::contains)) {
			return true;
		}
		for (String word : args) {
			if (word.equals(HELP_WORD)) {
				return true;
			}
			if (word.startsWith("-")) {
				return false;
			}
		}
		return false;
	}
}
