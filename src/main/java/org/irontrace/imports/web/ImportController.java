package org.irontrace.imports.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportReport;
import org.irontrace.imports.ImportService;
import org.irontrace.imports.RowError;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/imports/{kind}}: a CSV body streamed straight into the import. */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

	private final ImportService imports;

	ImportController(ImportService imports) {
		this.imports = imports;
	}

	/** Who may call: an administrator (agencies and their roles arrive with access control). */
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping(path = "/{kind}", consumes = { "text/csv", "text/plain", "application/csv" })
	ImportAnswer importFile(@PathVariable String kind, HttpServletRequest request) throws IOException {
		ImportReport report = imports.importCsv(kind, request.getInputStream(), ImportProgress.NONE);
		return new ImportAnswer(report.accepted(), report.duplicates(), report.rejected(), report.errors(),
				report.errorsTruncated(), report.warnings());
	}

	/** FORMATS.md's import report. */
	record ImportAnswer(long accepted, long duplicates, long rejected, java.util.List<RowError> errors,
			boolean errorsTruncated, java.util.List<String> warnings) {
	}
}
