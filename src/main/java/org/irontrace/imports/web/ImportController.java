package org.irontrace.imports.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.Role;
import org.irontrace.access.SharingScopes;
import org.irontrace.imports.CsvImporter;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportReport;
import org.irontrace.imports.ImportService;
import org.irontrace.imports.RowError;
import org.irontrace.imports.Submitter;
import org.irontrace.imports.TooManyImportsException;
import org.irontrace.platform.ApiError;
import org.irontrace.platform.ForbiddenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/imports/{kind}}: a CSV body streamed straight into the import, at most
 * {@code irontrace.imports.concurrent-per-agency} at once per agency (429 with {@code Retry-After}
 * beyond).
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

	private static final Logger log = LoggerFactory.getLogger(ImportController.class);

	private final ImportService imports;

	private final Callers callers;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	ImportController(ImportService imports, Callers callers, SharingScopes scopes, AuditTrail audit) {
		this.imports = imports;
		this.callers = callers;
		this.scopes = scopes;
		this.audit = audit;
	}

	/**
	 * Who may call: ADMIN or DATA_PROVIDER of the installation's operators for licensees and
	 * commerce-events (each row then records the sender's name); ADMIN, ANALYST,
	 * SUPERVISOR or INVESTIGATOR for recoveries and ballistic-links, of their own agency only (operators
	 * for any); ADMIN, ANALYST or SUPERVISOR for domestic-registry, of their own agency's country only;
	 * ADMIN, ANALYST, SUPERVISOR or INVESTIGATOR for shipments and inspections, of their own agency only.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'DATA_PROVIDER', 'ANALYST', 'SUPERVISOR', 'INVESTIGATOR')")
	@PostMapping(path = "/{kind}", consumes = { "text/csv", "text/plain", "application/csv" })
	ImportAnswer importFile(@PathVariable String kind, HttpServletRequest request) throws IOException {
		Caller caller = callers.current();
		// Who may send what is the owner's word (CsvImporter.senders, operatorsOnly); an unknown kind
		// is refused by the import itself.
		Set<Role> senders = imports.importer(kind).map(CsvImporter::senders).orElse(Set.of());
		if (!senders.isEmpty() && senders.stream().noneMatch(caller::has)) {
			throw new ForbiddenException("Your roles do not allow sending " + kind);
		}
		if (imports.importer(kind).map(CsvImporter::operatorsOnly).orElse(false) && !scopes.isOperator(caller)) {
			throw new ForbiddenException("Only the installation's operators send " + kind
					+ ": the ledger is shared by every agency's traces");
		}
		Submitter submitter = new Submitter(caller.agency(), scopes.seesEverything(caller), caller.username());
		ImportReport report = imports.importSent(kind, request.getInputStream(), ImportProgress.NONE, submitter);
		audit.record(caller, "IMPORT", "import:" + kind, report.accepted() + " accepted, " + report.duplicates()
				+ " duplicates, " + report.rejected() + " rejected");
		return new ImportAnswer(report.accepted(), report.duplicates(), report.rejected(), report.errors(),
				report.errorsTruncated(), report.warnings());
	}

	/** One import too many for the sender's agency or the installation: 429, and when to try again. */
	@ExceptionHandler(TooManyImportsException.class)
	ResponseEntity<TooManyImports> tooMany(TooManyImportsException e) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(TooManyImportsException.RETRY_AFTER_SECONDS))
			.body(new TooManyImports("too_many_imports", e.getMessage(), e.agency(), e.agencyRunning(),
					e.installationRunning()));
	}

	/**
	 * The body broke off before its end (the sender hung up or went silent past the server's read
	 * timeout): the sender's doing, so a 400 and one line in the log, not a failure of IronTrace.
	 * Whole batches read before it are written, as after any interruption.
	 */
	@ExceptionHandler(UncheckedIOException.class)
	ResponseEntity<ApiError> brokenOff(UncheckedIOException e) {
		log.info("An import's body broke off: {}", e.getMessage());
		return ResponseEntity.badRequest()
			.body(ApiError.of("bad_request", "the file broke off before its end: " + e.getMessage()));
	}

	/** The error of a 429: how many imports the agency and the installation are running. */
	record TooManyImports(String error, String detail, String agency, int running, int runningInInstallation) {
	}

	/** FORMATS.md's import report. */
	record ImportAnswer(long accepted, long duplicates, long rejected, List<RowError> errors, boolean errorsTruncated,
			List<String> warnings) {
	}
}
