package org.irontrace.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.dao.DataAccessResourceFailureException;

/** One import of one file: read, validate, stage and merge batch by batch. */
final class CsvImportRun {

	private final DataSource dataSource;

	private final CsvImporter importer;

	private final ImportProgress progress;

	private final List<RowError> errors = new ArrayList<>();

	private final List<String> warnings = new ArrayList<>();

	private final StringBuilder batch = new StringBuilder(4 * 1024 * 1024);

	private long accepted;

	private long rowsInBatch;

	private long staged;

	private long rejected;

	private long rowsRead;

	private boolean errorsTruncated;

	CsvImportRun(DataSource dataSource, CsvImporter importer, ImportProgress progress) {
		this.dataSource = dataSource;
		this.importer = importer;
		this.progress = progress;
	}

	ImportReport run(InputStream in) {
		CountingStream counted = new CountingStream(in);
		try (CsvReader<CsvRecord> reader = CsvReader.builder()
			.allowExtraFields(true)
			.allowMissingFields(true)
			.detectBomHeader(true)
			.ofCsvRecord(counted, StandardCharsets.UTF_8); Connection connection = dataSource.getConnection()) {
			Iterator<CsvRecord> records = reader.iterator();
			if (!records.hasNext()) {
				throw new ImportRejectedException(new RowError(1, null, "the file is empty: a header row is required"));
			}
			CsvRecord headerRecord = records.next();
			Map<String, Integer> header = readHeader(headerRecord);
			prepare(connection);
			CsvRow row = new CsvRow(header);
			StagedRow out = new StagedRow(batch);
			readRows(records, headerRecord.getFieldCount(), row, out, connection, counted);
			flush(connection);
			progress.advanced(rowsRead, counted.count);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (SQLException e) {
			throw new DataAccessResourceFailureException("Import of " + importer.kind() + " failed", e);
		}
		return new ImportReport(importer.kind(), accepted, staged - accepted, rejected, List.copyOf(errors),
				errorsTruncated, List.copyOf(warnings));
	}

	private void readRows(Iterator<CsvRecord> records, int headerFields, CsvRow row, StagedRow out,
			Connection connection, CountingStream counted) throws SQLException {
		long lastLine = 1;
		try {
			while (records.hasNext()) {
				CsvRecord record = records.next();
				lastLine = record.getStartingLineNumber();
				rowsRead++;
				row.reset(record);
				out.begin();
				if (record.getFieldCount() != headerFields) {
					row.reject(null, "the row has " + record.getFieldCount() + " fields, the header has " + headerFields);
				}
				else {
					importer.stage(row, out);
				}
				if (row.rejected()) {
					out.discard();
					reject(row.errors());
					continue;
				}
				out.end();
				rowsInBatch++;
				if (rowsInBatch == ImportService.BATCH_ROWS) {
					flush(connection);
					progress.advanced(rowsRead, counted.count);
				}
			}
		}
		catch (CsvParseException e) {
			// A broken quote makes everything after it unreadable: stop there, keep what was good.
			rowsRead++;
			reject(List.of(new RowError(lastLine + 1, null, "malformed CSV: " + e.getMessage())));
		}
	}

	private Map<String, Integer> readHeader(CsvRecord headerRecord) {
		Map<String, Integer> header = new HashMap<>();
		Set<String> known = new LinkedHashSet<>(importer.columns());
		for (int i = 0; i < headerRecord.getFieldCount(); i++) {
			String name = headerRecord.getField(i).trim();
			if (header.putIfAbsent(name, i) != null) {
				throw new ImportRejectedException(new RowError(1, name, "the column appears twice in the header"));
			}
			if (!known.contains(name)) {
				warnings.add("line 1: unknown column '" + name + "' is ignored");
			}
		}
		for (String required : importer.requiredColumns()) {
			if (!header.containsKey(required)) {
				throw new ImportRejectedException(new RowError(1, required, "required column is missing from the header"));
			}
		}
		return header;
	}

	private void prepare(Connection connection) throws SQLException {
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TEMP TABLE IF NOT EXISTS " + importer.stagingTable() + " ("
					+ importer.stagingColumns() + ") ON COMMIT DELETE ROWS");
		}
		connection.commit();
	}

	/** Copies the staged batch and merges it in one transaction: all of the batch or none of it. */
	private void flush(Connection connection) throws SQLException {
		if (rowsInBatch == 0) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn("COPY " + importer.stagingTable() + " FROM STDIN", new StringReader(batch.toString()));
			long merged = statement.executeLargeUpdate(importer.mergeSql());
			for (String followUp : importer.followUpSql()) {
				statement.execute(followUp);
			}
			connection.commit();
			accepted += merged;
			staged += rowsInBatch;
		}
		catch (SQLException | IOException | RuntimeException e) {
			connection.rollback();
			throw e instanceof SQLException sql ? sql : new SQLException(e);
		}
		finally {
			batch.setLength(0);
			rowsInBatch = 0;
		}
	}

	private void reject(List<RowError> rowErrors) {
		rejected++;
		for (RowError error : rowErrors) {
			if (errors.size() < ImportReport.MAX_ERRORS_LISTED) {
				errors.add(error);
			}
			else {
				errorsTruncated = true;
			}
		}
	}

	/** Counts the bytes read so far, for the progress bar. */
	private static final class CountingStream extends FilterInputStream {

		private long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count += n;
			}
			return n;
		}
	}
}
