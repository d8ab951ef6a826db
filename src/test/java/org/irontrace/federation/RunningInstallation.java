package org.irontrace.federation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.IronTraceApplication;
import org.irontrace.cli.CommandLineEntry;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One IronTrace installation started inside the test JVM: its own data folder (and so its own
 * embedded PostgreSQL), its own key folder and name, a port of its own. It can be stopped and
 * started again on the same folder and port, as a server that goes down and comes back.
 */
final class RunningInstallation implements AutoCloseable {

	final String name;

	private final Path home;

	private ConfigurableApplicationContext context;

	private int port;

	RunningInstallation(String name) throws IOException {
		this.name = name;
		this.home = Files.createTempDirectory("irontrace-federation-" + name);
		start(0);
	}

	void start(int fixedPort) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("irontrace.name", name);
		properties.put("irontrace.home", home.toString());
		properties.put("irontrace.keys", home.resolve("keys").toString());
		properties.put("irontrace.home.discard-on-close", "false");
		// Its own embedded database even when the suite runs on an external server (IRONTRACE_DB_URL).
		properties.put("irontrace.db.url", "");
		properties.put("irontrace.federation.scheduling", "false");
		properties.put("irontrace.federation.page-size", "2");
		properties.put("server.port", Integer.toString(fixedPort));
		// As arguments, so they come before the test folder's application.properties (one data folder each).
		String[] arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
		context = new SpringApplicationBuilder(IronTraceApplication.class).run(arguments);
		port = ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/**
	 * Runs a command of the command line on this installation's folders, as an operator at its console
	 * would; stop the installation first, since the command starts the database itself.
	 */
	int command(String... args) {
		Map<String, String> properties = Map.of("irontrace.name", name, "irontrace.home", home.toString(), "irontrace.keys",
				home.resolve("keys").toString(), "irontrace.home.discard-on-close", "false", "irontrace.db.url", "",
				"irontrace.federation.scheduling", "false");
		properties.forEach(System::setProperty);
		try {
			return CommandLineEntry.runCommand(IronTraceApplication.class, args);
		}
		finally {
			properties.keySet().forEach(System::clearProperty);
		}
	}

	void stop() {
		context.close();
	}

	int port() {
		return port;
	}

	String url() {
		return "http://localhost:" + port;
	}

	/** A client signed in as the installation's operator administrator. */
	ApiClient operator() {
		return new ApiClient(port);
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	@Override
	public void close() throws IOException {
		if (context != null && context.isActive()) {
			context.close();
		}
		try (var paths = Files.walk(home)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}
}
