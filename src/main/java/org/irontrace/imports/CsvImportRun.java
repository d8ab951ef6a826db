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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;

/** One import of one file: read, validate, stage and merge batch by batch. */
final class CsvImportRun {

	private static final Logger log = LoggerFactory.getLogger(CsvImportRun.class);

	private static final java.lang.management.ThreadMXBean READER_CPU = java.lang.management.ManagementFactory.getThreadMXBean();

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

	/**
	 * The most characters a line (a record, quoted line breaks included) may have. The reader never
	 * holds more than this of one line, so a line that never ends, or a quote never closed, stops
	 * the import there instead of filling the memory.
	 */
	static final int LONGEST_LINE = 64 * 1024;

	/** The most fields a line may have; the widest file has fewer than 40 columns. */
	static final int MOST_FIELDS = 1_024;

	/** Two lanes: on two cores the database merges one batch while it copies the next. */
	static final int LANES = 2;

	private final List<BatchWriter> lanes = new ArrayList<>(LANES);

	private int nextLane;

	private long batchesSubmitted;

	/** The line the import stopped at because it could not be read, or null when it read to the end. */
	private RowError unreadable;

	private final Submitter submitter;

	private final PlannerCounts plannerCounts;

	CsvImportRun(DataSource dataSource, CsvImporter importer, ImportProgress progress, Submitter submitter) {
		this.dataSource = dataSource;
		this.importer = importer;
		this.progress = progress;
		this.submitter = submitter;
		this.plannerCounts = new PlannerCounts(dataSource, importer.tablesItGrows());
	}

	/** Why the last {@link #run} stopped before the end of the file, or null when it did not. */
	RowError unreadable() {
		return unreadable;
	}

	ImportReport run(InputStream in) {
		CountingStream counted = new CountingStream(in);
		long started = System.nanoTime();
		long cpuAtStart = READER_CPU.getCurrentThreadCpuTime();
		try (CsvReader<CsvRecord> reader = CsvReader.builder()
			.allowExtraFields(true)
			.allowMissingFields(true)
			.allowUnclosedQuote(false)
			.detectBomHeader(true)
			.maxBufferSize(LONGEST_LINE)
			.build(CsvRecordHandler.of(limits -> limits.maxFieldSize(LONGEST_LINE)
				.maxRecordSize(LONGEST_LINE)
				.maxFields(MOST_FIELDS)), counted, StandardCharsets.UTF_8)) {
			Iterator<CsvRecord> records = reader.iterator();
			CsvRecord headerRecord = header(records);
			Map<String, Integer> header = CsvHeader.read(headerRecord, importer, warnings);
			try {
				for (int lane = 0; lane < LANES; lane++) {
					lanes.add(new BatchWriter(dataSource, importer, lane));
				}
				unreadable = readRows(records, headerRecord.getFieldCount(), new CsvRow(header, submitter, importer),
						new StagedRow(batch), counted);
				flush();
				for (BatchWriter lane : lanes) {
					count(lane.await());
				}
			}
			finally {
				closeLanes();
			}
			plannerCounts.finished(accepted);
			progress.advanced(rowsRead, counted.count());
			log.debug("Import of {}: {} rows read in {} ms, the reader busy {} ms of them and waiting {} ms for the database",
					importer.kind(), rowsRead, (System.nanoTime() - started) / 1_000_000,
					(READER_CPU.getCurrentThreadCpuTime() - cpuAtStart) / 1_000_000, waitedForLanes / 1_000_000);
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

	private static CsvRecord header(Iterator<CsvRecord> records) {
		try {
			if (!records.hasNext()) {
				throw new ImportRejectedException(Refusal.EMPTY_FILE.at(1, null));
			}
			return records.next();
		}
		catch (CsvParseException e) {
			throw new ImportRejectedException(Refusal.MALFORMED_CSV.at(1, null, e.getMessage()));
		}
	}

	/** The line the reader names in its complaint ("record starting at line 7"), else the fallback. */
	private static long lineOf(CsvParseException e, long fallback) {
		Matcher line = NAMED_LINE.matcher(String.valueOf(e.getMessage()));
		return line.find() ? Long.parseLong(line.group(1)) : fallback;
	}

	private static final Pattern NAMED_LINE = Pattern.compile("line (\\d+)");

	/** Reads to the end, or to the line it cannot read, which it answers. */
	private RowError readRows(Iterator<CsvRecord> records, int headerFields, CsvRow row, StagedRow out,
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
				else if (!row.refuseOverlongValues()) {
					importer.stage(row, out);
				}
				if (row.rejected()) {
					out.discard();
					reject(row.errors());
					continue;
				}
				out.end();
				rowsInBatch++;
				if (rowsInBatch == ImportService.BATCH_ROWS || batch.length() >= ImportService.BATCH_CHARS) {
					flush();
					progress.advanced(rowsRead, counted.count());
				}
			}
		}
		catch (CsvParseException e) {
			// A broken quote or an endless line makes everything after it unreadable: stop there and
			// say where, once the good rows before it are written (sending the file again is harmless).
			return Refusal.MALFORMED_CSV.at(lineOf(e, lastLine + 1), null, e.getMessage());
		}
		return null;
	}

	/**
	 * Nanoseconds the reader waited for a lane to finish its batch: near none, reading and checking
	 * the rows is what holds the import; near all of it, the database is.
	 */
	private long waitedForLanes;

	private void closeLanes() {
		lanes.forEach(BatchWriter::close);
	}

	/**
	 * Hands the staged batch to the next lane and goes on reading. At most one batch per lane is in
	 * flight, so memory stays bounded whatever the file size.
	 */
	private void flush() throws SQLException {
		if (rowsInBatch == 0) {
			return;
		}
		long waitStart = System.nanoTime();
		if (batchesSubmitted == 1 && plannerCounts.wouldRecountAfter(rowsInBatch)) {
			// The first batch is filling a table the planner counts as (nearly) empty: planned now,
			// this batch would look rows up as if there were none (55 s instead of 0.2 s on an
			// external server, BENCHMARKS.md 2026-12-07). Let the first batch land and be counted.
			count(lanes.get(0).await());
		}
		BatchWriter lane = lanes.get(nextLane);
		nextLane = (nextLane + 1) % lanes.size();
		count(lane.await());
		waitedForLanes += System.nanoTime() - waitStart;
		lane.submit(batch.toString(), rowsInBatch);
		batchesSubmitted++;
		batch.setLength(0);
		rowsInBatch = 0;
	}

	private void count(BatchWriter.Written written) {
		accepted += written.merged();
		plannerCounts.written(accepted);
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
