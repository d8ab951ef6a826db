package org.irontrace.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/** The output files of one world: three interchange CSVs (UTF-8, RFC 4180 with CRLF) and the ground truth. */
final class WorldFiles implements AutoCloseable {

	static final String LICENSEES = "licensees.csv";

	static final String COMMERCE_EVENTS = "commerce_events.csv";

	static final String RECOVERIES = "recoveries.csv";

	static final String GROUND_TRUTH = "ground_truth.json";

	private final CsvWriter licensees;

	private final CsvWriter commerce;

	private final CsvWriter recoveries;

	private final GroundTruth truth;

	private boolean finished;

	WorldFiles(Path directory) {
		try {
			Files.createDirectories(directory);
			licensees = open(directory.resolve(LICENSEES));
			commerce = open(directory.resolve(COMMERCE_EVENTS));
			recoveries = open(directory.resolve(RECOVERIES));
			truth = new GroundTruth(directory.resolve(GROUND_TRUTH));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the world to " + directory, e);
		}
	}

	private static CsvWriter open(Path file) throws IOException {
		return CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).bufferSize(64 * 1024).build(file, StandardCharsets.UTF_8);
	}

	CsvWriter licensees() {
		return licensees;
	}

	CsvWriter commerce() {
		return commerce;
	}

	CsvWriter recoveries() {
		return recoveries;
	}

	GroundTruth truth() {
		return truth;
	}

	void finish(JsonObject world, String calibration) {
		closeCsv();
		truth.finish(world, calibration);
		finished = true;
	}

	private void closeCsv() {
		try {
			licensees.close();
			commerce.close();
			recoveries.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		if (!finished) {
			try {
				closeCsv();
			}
			finally {
				truth.discardParts();
			}
		}
	}
}
