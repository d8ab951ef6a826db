package org.irontrace.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
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

	/** Two lanes: on two cores the database merges one batch while it copies the next. */
	static final int LANES = 2;

	private final List<BatchWriter> lanes = new ArrayList<>(LANES);

	private int nextLane;

	private final Submitter submitter;

	CsvImportRun(DataSource dataSource, CsvImporter importer, ImportProgress progress, Submitter submitter) {
		this.dataSource = dataSource;
		this.importer = importer;
		this.progress = progress;
		this.submitter = submitter;
	}

	ImportReport run(InputStream in) {
		CountingStream counted = new CountingStream(in);
		try (CsvReader<CsvRecord> reader = CsvReader.builder()
			.allowExtraFields(true)
			.allowMissingFields(true)
			.detectBomHeader(true)
			.ofCsvRecord(counted, StandardCharsets.UTF_8)) {
			Iterator<CsvRecord> records = reader.iterator();
			if (!records.hasNext()) {
				throw new ImportRejectedException(Refusal.EMPTY_FILE.at(1, null));
			}
			CsvRecord headerRecord = records.next();
			Map<String, Integer> header = CsvHeader.read(headerRecord, importer, warnings);
			try {
				for (int lane = 0; lane < LANES; lane++) {
					lanes.add(new BatchWriter(dataSource, importer, lane));
				}
				readRows(records, headerRecord.getFieldCount(), new CsvRow(header, submitter), new StagedRow(batch), counted);
				flush();
				for (BatchWriter lane : lanes) {
					count(lane.await());
				}
			}
			finally {
				closeLanes();
			}
			progress.advanced(rowsRead, counted.count());
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
			CountingStream counted) throws SQLException {
		long lastLine = 1;
		try {
			while (records.hasNext()) {
				CsvRecord record = records.next();
				lastLine = record.getStartingLineNumber();
				rowsRead++;
				row.reset(record);
				out.begin();
				if (record.getFieldCount() != headerFields) {
					row.reject(null, Refusal.WRONG_FIELD_COUNT, record.getFieldCount(), headerFields);
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
					flush();
					progress.advanced(rowsRead, counted.count());
				}
			}
		}
		catch (CsvParseException e) {
			// A broken quote makes everything after it unreadable: stop there, keep what was good.
			rowsRead++;
			reject(List.of(Refusal.MALFORMED_CSV.at(lastLine + 1, null, e.getMessage())));
		}
	}

	private void closeLanes() throws SQLException {
		SQLException first = null;
		for (BatchWriter lane : lanes) {
			try {
				lane.close();
			}
			catch (SQLException e) {
				first = first == null ? e : first;
			}
		}
		if (first != null) {
			throw first;
		}
	}

	/**
	 * Hands the staged batch to the next lane and goes on reading. At most one batch per lane is in
	 * flight, so memory stays bounded whatever the file size.
	 */
	private void flush() throws SQLException {
		if (rowsInBatch == 0) {
			return;
		}
		BatchWriter lane = lanes.get(nextLane);
		nextLane = (nextLane + 1) % lanes.size();
		count(lane.await());
		lane.submit(batch.toString(), rowsInBatch);
		batch.setLength(0);
		rowsInBatch = 0;
	}

	private void count(BatchWriter.Written written) {
		accepted += written.merged();
		staged += written.staged();
		// A row the stored data refused may carry several reasons; it is one rejected row.
		written.refused().stream().collect(java.util.stream.Collectors.groupingBy(RowError::line))
			.values().forEach(this::reject);
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
}
