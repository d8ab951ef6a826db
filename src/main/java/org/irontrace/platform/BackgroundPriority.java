package org.irontrace.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The work behind the requests (the leads' passes, the dashboard's fold) runs at a lower CPU
 * priority than the requests, on IronTrace's side and on the embedded database's: on two cores a
 * pass that takes a core for half a second made the traces beside it wait for one (BENCHMARKS.md,
 * "Traces beside the work behind them"). The work still gets every cycle the requests leave.
 * <p>
 * Java thread priorities are ignored on Linux, so the operating system is asked directly: the
 * background thread is reniced by its thread id, and each connection of the background pool has its
 * server process reniced. PostgreSQL starts every server process in a session of its own, and where
 * the kernel groups processes by session for scheduling (autogroup), only the group's own niceness
 * counts, so that is lowered too. Only the embedded database's processes are ours to renice; a
 * machine that refuses (no {@code renice}, another kernel) keeps the ordinary priority.
 */
final class BackgroundPriority {

	/** Niceness of the work behind the requests: about a tenth of a request's share of a busy core. */
	static final int NICENESS = 10;

	private static final Logger log = LoggerFactory.getLogger(BackgroundPriority.class);

	private BackgroundPriority() {
	}

	/** Lowers the calling thread's priority (Linux: the thread's own niceness). */
	static void lowerThisThread() {
		try {
			Path self = Files.readSymbolicLink(Path.of("/proc/thread-self"));
			renice(self.getFileName().toString());
		}
		catch (IOException | UnsupportedOperationException | SecurityException e) {
			log.debug("Background thread left at its priority: {}", e.toString());
		}
	}

	/** The background pool's connections, each with its server process's priority lowered when opened. */
	static DataSource lowered(DataSource connections) {
		return new DelegatingDataSource(connections) {
			@Override
			public Connection getConnection() throws SQLException {
				Connection connection = super.getConnection();
				lowerServerProcessOf(connection);
				return connection;
			}
		};
	}

	private static void lowerServerProcessOf(Connection connection) throws SQLException {
		long pid;
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT pg_backend_pid()")) {
			rs.next();
			pid = rs.getLong(1);
		}
		if (!connection.getAutoCommit()) {
			connection.commit();
		}
		try {
			Path group = Path.of("/proc", Long.toString(pid), "autogroup");
			if (Files.isWritable(group)) {
				Files.writeString(group, Integer.toString(NICENESS));
			}
			renice(Long.toString(pid));
		}
		catch (IOException | SecurityException e) {
			log.debug("Server process {} left at its priority: {}", pid, e.toString());
		}
	}

	private static void renice(String id) throws IOException {
		Process renice = new ProcessBuilder("renice", "-n", Integer.toString(NICENESS), "-p", id)
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			if (!renice.waitFor(5, TimeUnit.SECONDS)) {
				renice.destroy();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
