package org.irontrace.imports;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * One lane of writing: its own connection, staging table and thread. A batch is copied into the
 * staging table and merged in one transaction, so it is all in or not at all. While a lane writes,
 * the reader parses the next batch and another lane may write, so the database works on two
 * batches at once and the parsing hides behind it.
 */
final class BatchWriter implements AutoCloseable {

	private static final String DEADLOCK = "40P01";

	private final CsvImporter importer;

	private final Connection connection;

	private final ExecutorService thread;

	private Future<Long> inFlight;

	private long inFlightRows;

	BatchWriter(DataSource dataSource, CsvImporter importer, int lane) throws SQLException {
		this.importer = importer;
		this.connection = dataSource.getConnection();
		this.thread = Executors.newSingleThreadExecutor(runnable -> {
			Thread writer = new Thread(runnable, "import-writer-" + lane);
			writer.setDaemon(true);
			return writer;
		});
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TEMP TABLE IF NOT EXISTS " + importer.stagingTable() + " ("
					+ importer.stagingColumns() + ") ON COMMIT DELETE ROWS");
		}
		connection.commit();
	}

	/** Starts writing a batch; the lane must be idle ({@link #await()} first). */
	void submit(String rows, long count) {
		inFlightRows = count;
		inFlight = thread.submit(() -> write(rows));
	}

	/** Waits for the batch in flight: answers {rows merged, rows staged}, or zeros when idle. */
	long[] await() throws SQLException {
		if (inFlight == null) {
			return new long[] { 0, 0 };
		}
		try {
			return new long[] { inFlight.get(), inFlightRows };
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
	private long write(String rows) throws SQLException {
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

	private long writeOnce(String rows) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn("COPY " + importer.stagingTable() + " FROM STDIN", new StringReader(rows));
			long merged = statement.executeLargeUpdate(importer.mergeSql());
			for (String followUp : importer.followUpSql()) {
				statement.execute(followUp);
			}
			connection.commit();
			return merged;
		}
		catch (SQLException | IOException | RuntimeException e) {
			connection.rollback();
			throw e instanceof SQLException sql ? sql : new SQLException(e);
		}
	}

	/** Lets a batch in flight finish (or fail) before the connection goes back to the pool. */
	@Override
	public void close() throws SQLException {
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
			connection.close();
		}
	}
}
