package org.irontrace.webapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.SharingScopes;
import org.irontrace.imports.ImportReport;
import org.irontrace.imports.ImportService;
import org.irontrace.imports.Submitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the imports of uploaded files one after another in the background, so the page can show a
 * progress bar while a large file goes in. Each takes a place among the installation's imports (its
 * agency's and the installation's caps, as for the API) and waits for one when none is free. Each upload is known by an id only its sender can use;
 * the last {@link #KEPT} uploads are remembered (in memory: a report is also in the audit trail).
 */
@Component
class UploadJobs {

	static final int KEPT = 200;

	private static final Logger log = LoggerFactory.getLogger(UploadJobs.class);

	private final ImportService imports;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	/** One at a time: the import itself already writes on two connections. */
	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "recoveries-upload");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, UploadJob> jobs = new LinkedHashMap<>() {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, UploadJob> eldest) {
			if (size() > KEPT) {
				// A held upload forgotten keeps no copy of its file (it may hold personal data).
				delete(eldest.getValue().release(false));
				return true;
			}
			return false;
		}
	};

	private final org.irontrace.trace.TraceService traces;

	private final org.irontrace.catalog.Catalog catalog;

	/** Where uploaded files wait for their import: in the installation's own folder, read by its owner only. */
	private final Path folder;

	UploadJobs(ImportService imports, SharingScopes scopes, AuditTrail audit, org.irontrace.trace.TraceService traces,
			org.irontrace.catalog.Catalog catalog, org.irontrace.platform.IronTraceHome home) {
		this.folder = emptiedUploadFolder(home.resolve("uploads"));
		this.imports = imports;
		this.catalog = catalog;
		this.traces = traces;
		this.scopes = scopes;
		this.audit = audit;
	}

	/**
	 * Starts importing a copy of the uploaded file, which is deleted once imported. A recoveries file
	 * is first read for values the catalogue cannot place: if it holds any, nothing is recorded and
	 * the upload is held with its copy until the sender records it anyway or discards it.
	 */
	UploadJob start(Caller caller, String kind, String fileName, InputStream content) {
		Path copy;
		try {
			copy = Files.createTempFile(folder, "upload-", ".csv");
			Files.copy(content, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		UploadJob job;
		try {
			job = new UploadJob(UUID.randomUUID().toString(), caller.username(), kind, fileName, Files.size(copy));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		synchronized (jobs) {
			jobs.put(job.id(), job);
		}
		Submitter submitter = new Submitter(caller.agency(), scopes.seesEverything(caller));
		worker.execute(() -> {
			if (kind.equals("recoveries")) {
				try {
					UploadCatalogueCheck.Findings doubts = UploadCatalogueCheck.of(copy, catalog);
					if (doubts.any()) {
						job.hold(doubts, copy);
						return;
					}
				}
				catch (RuntimeException e) {
					log.error("Checking upload {} of {} failed", job.id(), job.fileName(), e);
					job.failed();
					delete(copy);
					return;
				}
			}
			run(kind, job, copy, caller, submitter);
		});
		return job;
	}

	/** Records a held upload as it is, values the catalogue cannot place included; false when it is not held. */
	boolean recordAnyway(UploadJob job, Caller caller) {
		Path copy = job.release(true);
		if (copy == null) {
			return false;
		}
		Submitter submitter = new Submitter(caller.agency(), scopes.seesEverything(caller));
		worker.execute(() -> run(job.kind(), job, copy, caller, submitter));
		return true;
	}

	/** Forgets a held upload's file without recording anything; false when it is not held. */
	boolean discard(UploadJob job) {
		Path copy = job.release(false);
		delete(copy);
		return copy != null;
	}

	/**
	 * Traces, in the background after the import, the recoveries of the sender's agency still
	 * without a trace: those this file recorded, and any others left untraced. Once per upload.
	 */
	boolean trace(UploadJob job, Caller caller) {
		synchronized (job) {
			if (!job.awaitsTracing()) {
				return false;
			}
			job.tracing(new UploadJob.Tracing(0, false, java.util.Map.of()));
		}
		worker.execute(() -> {
			try {
				java.util.Map<org.irontrace.trace.TraceStatus, Long> found = traces.traceUntraced(caller.agency(),
						traced -> job.tracing(new UploadJob.Tracing(traced, false, java.util.Map.of())));
				long traced = found.values().stream().mapToLong(Long::longValue).sum();
				job.tracing(new UploadJob.Tracing(traced, true, found));
				audit.record(caller, "TRACE", "upload:" + job.id(), traced + " recoveries traced after an upload");
			}
			catch (RuntimeException e) {
				log.error("Tracing after upload {} failed", job.id(), e);
				job.tracing(new UploadJob.Tracing(job.tracing().traced(), true, java.util.Map.of()));
			}
		});
		return true;
	}

	/** The upload, when it exists and the caller sent it. */
	Optional<UploadJob> find(String id, Caller caller) {
		synchronized (jobs) {
			return Optional.ofNullable(jobs.get(id)).filter(job -> job.owner().equals(caller.username()));
		}
	}

	private void run(String kind, UploadJob job, Path copy, Caller caller, Submitter submitter) {
		try (InputStream in = Files.newInputStream(copy)) {
			// Counted among the installation's imports like an API's: it waits for a place, never refused.
			ImportReport report = imports.importWhenFree(kind, in, job::advanced, submitter, job::waitingForPlace);
			audit.record(caller, "IMPORT", "import:" + kind, report.accepted() + " accepted, "
					+ report.duplicates() + " duplicates, " + report.rejected() + " rejected");
			job.finished(report);
		}
		catch (org.irontrace.imports.ImportRejectedException refused) {
			job.finished(new ImportReport(kind, 0, 0, 1, java.util.List.of(refused.error()), false, java.util.List.of()));
		}
		catch (InterruptedException stopping) {
			// The server is stopping: nothing of this file was begun, so nothing is half-written.
			Thread.currentThread().interrupt();
			job.failed();
		}
		catch (RuntimeException | IOException e) {
			log.error("Upload {} of {} failed", job.id(), job.fileName(), e);
			job.failed();
		}
		finally {
			delete(copy);
		}
	}

	/**
	 * The upload folder, emptied: the files a stopped server left there (a held upload never recorded
	 * nor discarded, an import cut short) belong to no upload any more, and may hold personal data.
	 */
	static Path emptiedUploadFolder(Path folder) {
		try {
			Files.createDirectories(folder);
			try {
				Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
			}
			catch (UnsupportedOperationException notPosix) {
				// A file system without POSIX permissions: the data folder's own protection applies.
			}
			try (var left = Files.list(folder)) {
				left.filter(Files::isRegularFile).forEach(UploadJobs::delete);
			}
			return folder;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot prepare the upload folder " + folder, e);
		}
	}

	private static void delete(Path copy) {
		if (copy == null) {
			return;
		}
		try {
			Files.deleteIfExists(copy);
		}
		catch (IOException e) {
			log.warn("Could not delete {}", copy, e);
		}
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}
}
