package org.irontrace.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server IronTrace runs for itself when no external one is configured. Its data
 * stays in the data folder across restarts. When another IronTrace process (the server, while a
 * CLI command runs) already runs the server of that folder, this one connects to it instead of
 * starting a second one.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	static final String USER = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	/**
	 * Settings for bulk loads on a small machine: large WAL and rare checkpoints so a
	 * multi-million-row import is not throttled by checkpoints; minimal WAL since the embedded
	 * server never replicates; enough shared buffers to keep the ledger's indexes hot.
	 */
	static final Map<String, String> BULK_LOAD_SETTINGS = Map.ofEntries(
			Map.entry("shared_buffers", "512MB"), Map.entry("effective_cache_size", "4GB"),
			Map.entry("max_wal_size", "8GB"), Map.entry("min_wal_size", "1GB"),
			Map.entry("checkpoint_timeout", "30min"), Map.entry("checkpoint_completion_target", "0.9"),
			Map.entry("wal_buffers", "64MB"), Map.entry("wal_level", "minimal"),
			Map.entry("max_wal_senders", "0"), Map.entry("maintenance_work_mem", "512MB"),
			Map.entry("work_mem", "32MB"), Map.entry("random_page_cost", "1.1"),
			Map.entry("max_connections", "50"));

	private final EmbeddedPostgres server;

	private final String jdbcUrl;

	private EmbeddedDatabase(EmbeddedPostgres server, String jdbcUrl) {
		this.server = server;
		this.jdbcUrl = jdbcUrl;
	}

	static EmbeddedDatabase none() {
		return new EmbeddedDatabase(null, null);
	}

	static EmbeddedDatabase startIn(Path dataDirectory) {
		Optional<Integer> running = runningServerPort(dataDirectory);
		if (running.isPresent()) {
			log.info("Connecting to the embedded PostgreSQL already running on port {}", running.get());
			return new EmbeddedDatabase(null, url(running.get()));
		}
		try {
			Files.createDirectories(dataDirectory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false);
			BULK_LOAD_SETTINGS.forEach(builder::setServerConfig);
			EmbeddedPostgres server = builder.start();
			log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), dataDirectory);
			return new EmbeddedDatabase(server, url(server.getPort()));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, e);
		}
	}

	/** PostgreSQL writes its process id (line 1) and port (line 4) to postmaster.pid while it runs. */
	private static Optional<Integer> runningServerPort(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isReadable(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile);
			long pid = Long.parseLong(lines.get(0).trim());
			if (lines.size() < 4 || !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
				return Optional.empty();
			}
			return Optional.of(Integer.parseInt(lines.get(3).trim()));
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	private static String url(int port) {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	String jdbcUrl() {
		return jdbcUrl;
	}

	@Override
	public void close() throws IOException {
		if (server != null) {
			server.close();
		}
	}
}
