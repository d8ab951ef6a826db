package org.irontrace.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server IronTrace runs for itself when no external one is configured. Its data
 * stays in the data folder across restarts. When another IronTrace process (the server, while a
 * CLI command runs) already runs the server of that folder, this one connects to it instead of
 * starting a second one.
 * <p>
 * The server listens on the loopback interface only (no Unix socket) and every connection needs a
 * password (scram-sha-256) from the key folder ({@link EmbeddedCredentials}); IronTrace itself works
 * as a role that is no superuser ({@link ApplicationRole}).
 */
public final class EmbeddedDatabase implements AutoCloseable {

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

	/**
	 * The shared buffers saved when the server stops and read back in the background when it starts
	 * (pg_prewarm's autoprewarm, part of the server): after a restart the links, rings and custody
	 * indexes an analyst's first trace and the leads' first pass read are in memory again, instead
	 * of each page waiting for its first reader.
	 */
	static final Map<String, String> WARM_RESTART = Map.of("shared_preload_libraries", "pg_prewarm",
			"pg_prewarm.autoprewarm", "on");

	/** Loopback only, and no Unix socket: nothing outside the machine reaches the server. */
	static final Map<String, String> REACH = Map.of("listen_addresses", "localhost", "unix_socket_directories", "''");

	private final EmbeddedPostgres server;

	private final String jdbcUrl;

	private final EmbeddedCredentials credentials;

	private EmbeddedDatabase(EmbeddedPostgres server, String jdbcUrl, EmbeddedCredentials credentials) {
		this.server = server;
		this.jdbcUrl = jdbcUrl;
		this.credentials = credentials;
	}

	static EmbeddedDatabase none() {
		return new EmbeddedDatabase(null, null, null);
	}

	static EmbeddedDatabase startIn(Path dataDirectory, Path keys) {
		EmbeddedCredentials credentials = EmbeddedCredentials.in(keys);
		Optional<Integer> running = runningServerPort(dataDirectory);
		if (running.isPresent()) {
			log.info("Connecting to the embedded PostgreSQL already running on port {}", running.get());
			return new EmbeddedDatabase(null, url(running.get()), credentials).prepared(dataDirectory);
		}
		try {
			Files.createDirectories(dataDirectory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				// initdb takes these as --auth and --pwfile: a new folder never trusts anyone.
				.setLocaleConfig("auth", "scram-sha-256")
				.setLocaleConfig("pwfile", credentials.superuserPasswordFile().toString())
				.setConnectConfig("password", credentials.superuserPassword());
			BULK_LOAD_SETTINGS.forEach(builder::setServerConfig);
			REACH.forEach(builder::setServerConfig);
			WARM_RESTART.forEach(builder::setServerConfig);
			EmbeddedPostgres server = builder.start();
			log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), dataDirectory);
			return new EmbeddedDatabase(server, url(server.getPort()), credentials).prepared(dataDirectory);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, e);
		}
	}

	private EmbeddedDatabase prepared(Path dataDirectory) {
		if (PasswordsRequired.trustsAnyone(dataDirectory)) {
			PasswordsRequired.upgrade(dataDirectory, superuser().orElseThrow(), credentials);
		}
		ApplicationRole.ensure(superuser().orElseThrow(), credentials);
		return this;
	}

	/**
	 * The embedded server's superuser, for the migrations (and for tests that play an attacker who
	 * has it); empty with an external database.
	 */
	public Optional<DataSource> superuser() {
		if (credentials == null) {
			return Optional.empty();
		}
		org.postgresql.ds.PGSimpleDataSource superuser = new org.postgresql.ds.PGSimpleDataSource();
		superuser.setUrl(jdbcUrl);
		superuser.setUser(EmbeddedCredentials.SUPERUSER);
		superuser.setPassword(credentials.superuserPassword());
		return Optional.of(superuser);
	}

	/** After the migrations: what they made belongs to the application role. */
	void handOverToApplication() {
		superuser().ifPresent(ApplicationRole::handOver);
	}

	String applicationPassword() {
		return credentials.applicationPassword();
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
