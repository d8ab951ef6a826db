package org.irontrace.imports;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.postgresql.copy.CopyManager;

/**
 * One lane of writing: its own thread, and a connection taken from the pool for each batch only. A
 * batch is copied into the connection's staging table and merged in one transaction, so it is all
 * in or not at all. While a lane writes, the reader parses the next batch and another lane may
 * write, so the database works on two batches at once and the parsing hides behind it; while the
 * sender is slow, the lane holds no connection, so slow uploads cannot drain the pool.
 */
final class BatchWriter implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);

	private static final String DEADLOCK = "40P01";

	private final CsvImporter importer;

	private final DataSource dataSource;

	private final ExecutorService thread;

	private Future<Written> inFlight;

	private long inFlightRows;

	BatchWriter(DataSource dataSource, CsvImporter importer, int lane) {
		this.importer = importer;
		this.dataSource = dataSource;
		this.thread = Executors.newSingleThreadExecutor(runnable -> {
			Thread writer = new Thread(runnable, "import-writer-" + lane);
			writer.setDaemon(true);
			return writer;
		});
	}

	/**
	 * The staging table lives as long as the pooled connection; a connection that staged this kind
	 * before still has it, empty (rows go at commit), and creating it again is a no-op.
	 */
	private void prepare(Statement statement) throws SQLException {
		statement.execute("CREATE TEMP TABLE IF NOT EXISTS " + importer.stagingTable() + " ("
				+ importer.stagingColumns() + ") ON COMMIT DELETE ROWS");
		for (String setup : importer.laneSetupSql()) {
			statement.execute(setup);
		}
	}

	/** Starts writing a batch; the lane must be idle ({@link #await()} first). */
	void submit(String rows, long count) {
		inFlightRows = count;
		inFlight = thread.submit(() -> write(rows));
	}

	/** What a batch came to: rows merged, rows staged, and rows the stored data refused. */
	record Written(long merged, long staged, List<RowError> refused) {

		static final Written NOTHING = new Written(0, 0, List.of());
	}

	/** Waits for the batch in flight, or answers {@link Written#NOTHING} when idle. */
	Written await() throws SQLException {
		if (inFlight == null) {
			return Written.NOTHING;
		}
		try {
			Written written = inFlight.get();
			return new Written(written.merged(), inFlightRows - written.refused().size(), written.refused());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SQLException("Import interrupted", e);
		}
		catch (ExecutionException e) {
			throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
		}
		finally {
			inFlight = null;
		}
	}

	/**
	 * Two lanes inserting the same new rows in different orders can deadlock; PostgreSQL then aborts
	 * one of them, and that batch is simply written again.
	 */
	private Written write(String rows) throws SQLException {
		for (int attempt = 1;; attempt++) {
			try {
				return writeOnce(rows);
			}
			catch (SQLException e) {
				if (!DEADLOCK.equals(e.getSQLState()) || attempt == 5) {
					throw e;
				}
			}
		}
	}

	private Written writeOnce(String rows) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				StepTimes times = new StepTimes();
				prepare(statement);
				CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
				copy.copyIn("COPY " + importer.stagingTable() + " FROM STDIN", new StringReader(rows));
				times.lap("staging");
				for (String lookUp : importer.lookUpSql()) {
					statement.execute(lookUp);
				}
				times.lap("look-up");
				List<RowError> refused = refuseContradictions(connection, statement);
				times.lap("refusals");
				long merged = statement.executeLargeUpdate(importer.mergeSql());
				times.lap("merge");
				int step = 0;
				for (String followUp : importer.followUpSql()) {
					statement.execute(followUp);
					times.lap("follow-up " + ++step);
				}
				connection.commit();
				times.lap("commit");
				// Which statement holds an import back: each step of each batch, timed, in the debug log.
				log.debug("Batch of {} written: {}", importer.kind(), times);
				return new Written(merged, 0, refused);
			}
			catch (SQLException | IOException | RuntimeException e) {
				connection.rollback();
				throw e instanceof SQLException sql ? sql : new SQLException(e);
			}
		}
	}

	/** Takes the rows that contradict stored data out of the staged batch, with their reasons. */
	private List<RowError> refuseContradictions(Connection connection, Statement statement) throws SQLException {
		String query = importer.refusalsSql();
		if (query == null) {
			return List.of();
		}
		List<RowError> refused = new ArrayList<>();
		try (ResultSet rs = statement.executeQuery(query)) {
			while (rs.next()) {
				Array detail = rs.getArray("detail");
				Object[] args = detail == null ? new Object[0] : (Object[]) detail.getArray();
				refused.add(Refusal.valueOf(rs.getString("refusal")).at(rs.getLong("line"), rs.getString("column_name"), args));
			}
		}
		if (!refused.isEmpty()) {
			try (PreparedStatement remove = connection
				.prepareStatement("DELETE FROM " + importer.stagingTable() + " WHERE line = ANY(?)")) {
				remove.setArray(1, connection.createArrayOf("bigint",
						refused.stream().map(RowError::line).distinct().toArray(Long[]::new)));
				remove.executeUpdate();
			}
		}
		return refused;
	}

	/** Lets a batch in flight finish (or fail) before the lane's thread ends. */
	@Override
	public void close() {
		try {
			if (inFlight != null) {
				inFlight.get();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException e) {
			// Already failing: the first failure is the one reported.
		}
		finally {
			thread.shutdownNow();
		}
	}
}
