package org.irontrace.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * The output files of one world: the interchange CSVs (UTF-8, RFC 4180 with CRLF) and the ground
 * truth. In the agency view the US ledger (licensees, commerce events) is still simulated, since the
 * tracing centre's answers come from it, but not written: a recovering agency never holds it.
 */
final class WorldFiles implements AutoCloseable {

	static final String LICENSEES = "licensees.csv";

	static final String COMMERCE_EVENTS = "commerce_events.csv";

	static final String RECOVERIES = "recoveries.csv";

	static final String TRACE_RESULTS = "trace_results.csv";

	static final String BALLISTIC_LINKS = "ballistic_links.csv";

	static final String DOMESTIC_REGISTRY = "domestic_registry.csv";

	static final String GROUND_TRUTH = "ground_truth.json";

	/** What a recovering agency holds: everything but the US ledger. */
	static final List<String> AGENCY_VIEW = List.of(RECOVERIES, TRACE_RESULTS, BALLISTIC_LINKS, DOMESTIC_REGISTRY,
			GROUND_TRUTH);

	private final CsvWriter licensees;

	private final CsvWriter commerce;

	private final CsvWriter recoveries;

	private final CsvWriter traceResults;

	private final CsvWriter ballisticLinks;

	private final CsvWriter domesticRegistry;

	private final GroundTruth truth;

	private boolean finished;

	WorldFiles(Path directory, WorldView view) {
		try {
			Files.createDirectories(directory);
			boolean ledger = view == WorldView.FULL;
			licensees = ledger ? open(directory.resolve(LICENSEES)) : discarded();
			commerce = ledger ? open(directory.resolve(COMMERCE_EVENTS)) : discarded();
			recoveries = open(directory.resolve(RECOVERIES));
			traceResults = open(directory.resolve(TRACE_RESULTS));
			ballisticLinks = open(directory.resolve(BALLISTIC_LINKS));
			domesticRegistry = open(directory.resolve(DOMESTIC_REGISTRY));
			truth = new GroundTruth(directory.resolve(GROUND_TRUTH));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the world to " + directory, e);
		}
	}

	private static CsvWriter open(Path file) throws IOException {
		return CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).bufferSize(64 * 1024).build(file, StandardCharsets.UTF_8);
	}

	private static CsvWriter discarded() {
		return CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(Writer.nullWriter());
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

	CsvWriter traceResults() {
		return traceResults;
	}

	CsvWriter ballisticLinks() {
		return ballisticLinks;
	}

	CsvWriter domesticRegistry() {
		return domesticRegistry;
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
			for (CsvWriter csv : new CsvWriter[] { licensees, commerce, recoveries, traceResults, ballisticLinks,
					domesticRegistry }) {
				csv.close();
			}
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
