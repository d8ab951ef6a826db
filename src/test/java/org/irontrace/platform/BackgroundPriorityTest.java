package org.irontrace.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.irontrace.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The work behind the requests yields the cores to them: its threads and its embedded database
 * processes run at a lower priority, the requests' at the ordinary one.
 */
@IntegrationTest
class BackgroundPriorityTest {

	@Autowired
	DataSource database;

	@Test
	void backgroundThreadsAndTheirServerProcessesRunBelowTheRequests() throws Exception {
		assumeTrue(Files.isSymbolicLink(Path.of("/proc/thread-self")), "Linux only");
		long requestServer = serverProcess();
		ExecutorService background = Executors.newSingleThreadExecutor(BackgroundThreads.named("test-background"));
		try {
			long[] threadAndServer = background.submit(() -> new long[] { niceness(Path.of("/proc/thread-self/stat")),
					serverProcess() })
				.get(60, TimeUnit.SECONDS);
			assertThat(threadAndServer[0]).as("the background thread").isEqualTo(BackgroundPriority.NICENESS);
			assertThat(niceness(Path.of("/proc", Long.toString(threadAndServer[1]), "stat")))
				.as("its connection's server process")
				.isEqualTo(BackgroundPriority.NICENESS);
		}
		finally {
			background.shutdownNow();
		}
		assertThat(niceness(Path.of("/proc", Long.toString(requestServer), "stat"))).as("a request's server process")
			.isZero();
		assertThat(niceness(Path.of("/proc/thread-self/stat"))).as("a request's thread").isZero();
	}

	private long serverProcess() throws SQLException {
		try (Connection connection = database.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT pg_backend_pid()")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** The niceness field of /proc/.../stat (the 19th; the command name before it may hold spaces). */
	private static long niceness(Path stat) throws IOException {
		String text = Files.readString(stat);
		String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[16]);
	}
}
