package org.irontrace.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports interchange files. Memory stays flat whatever the file size: rows are read as a stream
 * and written in batches of {@link #BATCH_ROWS} rows or {@link #BATCH_CHARS} characters of staged
 * text, whichever comes first, each batch in its own transaction, so a crash leaves whole batches
 * or nothing of a batch; re-sending the file then completes it, because every kind of import is
 * idempotent. How many imports run at once is bounded by {@link ImportSlots}.
 */
@Service
public class ImportService {

	static final int BATCH_ROWS = 20_000;

	/** Wide rows fill a batch sooner: the staged text of one batch stays under about 4 MiB. */
	static final int BATCH_CHARS = 4 * 1024 * 1024;

	private final DataSource dataSource;

	private final ImportSlots slots;

	private final Map<String, CsvImporter> importers;

	private final ApplicationEventPublisher events;

	/** From this many rows accepted, the tables an import grew are analysed once it is in. */
	public static final int STATISTICS_AFTER = 1_000;

	public ImportService(DataSource dataSource, List<CsvImporter> importers, ApplicationEventPublisher events,
			ImportSlots slots) {
		this.dataSource = dataSource;
		this.slots = slots;
		this.events = events;
		this.importers = importers.stream()
			.collect(Collectors.toMap(CsvImporter::kind, Function.identity(), (a, b) -> a, TreeMap::new));
	}

	/** The importer of a kind of file, to ask who may send it. */
	public Optional<CsvImporter> importer(String kind) {
		return Optional.ofNullable(importers.get(kind));
	}

	/** The kinds of file IronTrace imports. */
	public List<String> kinds() {
		return List.copyOf(importers.keySet());
	}

	public ImportReport importCsv(String kind, InputStream csv, ImportProgress progress) {
		return importCsv(kind, csv, progress, Submitter.INSTALLATION);
	}

	/**
	 * An import on behalf of a submitter: rows it may not report are rejected with the reason. For
	 * what IronTrace already holds (a form's row); a file a sender streams goes through
	 * {@link #importSent}.
	 */
	public ImportReport importCsv(String kind, InputStream csv, ImportProgress progress, Submitter submitter) {
		CsvImporter importer = importers.get(kind);
		if (importer == null) {
			throw new UnknownImportKindException(kind, importers.keySet());
		}
		CsvImportRun run = new CsvImportRun(dataSource, importer, progress, submitter);
		ImportReport report = run.run(csv);
		events.publishEvent(new ImportFinished(kind, report));
		if (run.unreadable() != null) {
			throw new ImportRejectedException(run.unreadable(), report);
		}
		return report;
	}

	/**
	 * A file a sender streams to the installation, imported while its agency and the installation
	 * run fewer imports than they may; otherwise refused at once with {@link TooManyImportsException}.
	 * The place is given back however the import ends, the sender hanging up included.
	 */
	public ImportReport importSent(String kind, InputStream csv, ImportProgress progress, Submitter submitter) {
		try (ImportSlots.Slot slot = slots.take(submitter)) {
			return importCsv(kind, csv, progress, submitter);
		}
	}

	/**
	 * A file the server already holds for a sender (an upload from the web page), imported once its
	 * agency and the installation have a place for it: it waits its turn, counted among the same
	 * imports as the API's, instead of being refused. {@code waiting} hears true while it waits.
	 */
	public ImportReport importWhenFree(String kind, InputStream csv, ImportProgress progress, Submitter submitter,
			java.util.function.Consumer<Boolean> waiting) throws InterruptedException {
		try (ImportSlots.Slot slot = slots.takeWhenFree(submitter, waiting)) {
			return importCsv(kind, csv, progress, submitter);
		}
	}

	/**
	 * The interchange files of FORMATS.md found in a folder ({@code licensees.csv},
	 * {@code commerce_events.csv}, {@code recoveries.csv}, {@code domestic_registry.csv},
	 * {@code trace_results.csv}, {@code ballistic_links.csv}, {@code shipments.csv},
	 * {@code inspections.csv}), imported in that order so that the
	 * ledger is there before the recoveries that will be traced against it, the recoveries and the
	 * registry before the answers that trace them, and the guns before the hits that join them. Absent
	 * files are skipped.
	 */
	public List<ImportReport> importFolder(Path folder, ImportProgress progress) {
		List<ImportReport> reports = new java.util.ArrayList<>();
		for (Map.Entry<String, String> kindAndName : FOLDER_FILES) {
			Path file = folder.resolve(kindAndName.getValue());
			if (Files.isRegularFile(file)) {
				reports.add(importFile(kindAndName.getKey(), file, progress));
			}
		}
		return reports;
	}

	/** Kinds and FORMATS.md file names, in import order. */
	private static final List<Map.Entry<String, String>> FOLDER_FILES = List.of(Map.entry("licensees", "licensees.csv"),
			Map.entry("commerce-events", "commerce_events.csv"), Map.entry("recoveries", "recoveries.csv"),
			Map.entry("domestic-registry", "domestic_registry.csv"), Map.entry("trace-results", "trace_results.csv"),
			Map.entry("ballistic-links", "ballistic_links.csv"), Map.entry("shipments", "shipments.csv"),
			Map.entry("inspections", "inspections.csv"));

	public ImportReport importFile(String kind, Path file, ImportProgress progress) {
		try (InputStream in = Files.newInputStream(file)) {
			return importSent(kind, in, progress, Submitter.INSTALLATION);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + file, e);
		}
	}
}
