package org.irontrace.report.web;

import org.irontrace.report.RecoveryReport;
import org.irontrace.report.ReportRequest;
import org.irontrace.report.ReportService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The recoveries report of FORMATS.md, as the caller's agency may see it. */
@RestController
class RecoveryReportController {

	private final ReportService reports;

	private final ReportDocuments documents;

	RecoveryReportController(ReportService reports, ReportDocuments documents) {
		this.reports = reports;
		this.documents = documents;
	}

	/** JSON by default; {@code format=csv|html|pdf} (or the Accept header) for the other forms. */
	@PreAuthorize("hasAnyRole('ANALYST','INVESTIGATOR','SUPERVISOR','ADMIN')")
	@GetMapping("/api/v1/reports/recoveries")
	ResponseEntity<?> recoveries(@RequestParam(required = false) String country,
			@RequestParam(required = false) String region, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		ReportRequest request = new ReportRequest(country, region, Dates.parse("from", from), Dates.parse("to", to));
		RecoveryReport report = reports.reportForCaller(request);
		String name = "recoveries-" + (request.country() != null ? request.country() : request.region()) + "-"
				+ request.from() + "-" + request.to();
		return respond(documents, report, ReportFormat.choose(format, accept), name);
	}

	static ResponseEntity<?> respond(ReportDocuments documents, RecoveryReport report, ReportFormat format, String name) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(format.mediaType);
		return switch (format) {
			case JSON -> answer.body(report);
			case CSV -> answer.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
				.body(documents.csv(report));
			case HTML -> answer.body(documents.html(report));
			case PDF -> answer.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".pdf\"")
				.body(documents.pdf(report));
		};
	}
}
