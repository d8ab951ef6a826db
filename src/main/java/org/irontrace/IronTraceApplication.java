package org.irontrace;

import org.irontrace.cli.CommandLineEntry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * IronTrace: crime-gun tracing and firearms-trafficking intelligence.
 *
 * <p>One jar, two faces: without arguments (or with {@code serve}) it runs the server; with a
 * command ({@code import}, {@code trace}, ...) it runs that command over the same services and exits.
 */
@SpringBootApplication
public class IronTraceApplication {

	public static void main(String[] args) {
		if (CommandLineEntry.startsServer(args)) {
			SpringApplication.run(IronTraceApplication.class, args);
		}
		else {
			System.exit(CommandLineEntry.runCommand(IronTraceApplication.class, args));
		}
	}
}
