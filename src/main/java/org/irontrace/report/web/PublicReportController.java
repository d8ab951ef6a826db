package org.irontrace.report.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScopes;
import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.ForbiddenException;
import org.irontrace.platform.NotFoundException;
import org.irontrace.report.ReportRequest;
import org.irontrace.report.opendata.DataDictionary;
import org.irontrace.report.publication.PublishedReportSummary;
import org.irontrace.report.publication.PublishedReports;
import org.irontrace.report.publication.PublishedVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

/**
 * Published reports and their open data, for anyone: only suppressed aggregates are ever stored in
 * a published version, so nothing here can name a person or reveal a small count.
 */
@RestController
class PublicReportController {

	private final PublishedReports published;

	private final Callers callers;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	PublicReportController(PublishedReports published, Callers callers, SharingScopes scopes, AuditTrail audit) {
		this.published = published;
		this.callers = callers;
		this.scopes = scopes;
		this.audit = audit;
	}

	@PreAuthorize("permitAll()")
	@GetMapping("/api/v1/public/reports")
	List<PublishedReportSummary> list() {
		return published.listReports();
	}

	/** One version as JSON, or as open-data CSV with {@code format=csv}. */
	@PreAuthorize("permitAll()")
	@GetMapping("/api/v1/public/reports/{reportId}/versions/{version}")
	ResponseEntity<?> version(@PathVariable String reportId, @PathVariable int version,
			@RequestParam(required = false) String format) {
		PublishedVersion found = published.findVersion(reportId, version)
			.orElseThrow(() -> new NotFoundException("No published report " + reportId + " version " + version));
		if (format != null && format.equalsIgnoreCase("csv")) {
			return ResponseEntity.ok().contentType(ReportFormat.CSV.mediaType)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + reportId + "-v" + version + ".csv\"")
				.body(OpenDataCsv.of(found.data()));
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(found);
	}

	/** What every table, key and field of the open data means. */
	@PreAuthorize("permitAll()")
	@GetMapping("/api/v1/public/open-data/dictionary")
	Map<String, String> dictionary() {
		return DataDictionary.ENTRIES;
	}

	/**
	 * Publishes a country's report for an ended calendar month, quarter or year, outside the monthly
	 * run. Who may call: an ADMIN of the installation's operators, who answer for what leaves the
	 * installation (an agency's administrator publishes nothing, not even its own country's figures).
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/api/v1/reports/publications")
	PublishedVersion publish(@RequestBody PublishRequest request, HttpServletRequest http) {
		Caller caller = callers.current();
		if (!scopes.isOperator(caller)) {
			throw new ForbiddenException("Only the installation's operators publish reports");
		}
		if (request == null || request.country() == null) {
			throw new BadRequestException("'country', 'from' and 'to' are required");
		}
		PublishedVersion version = published.publish(new ReportRequest(request.country(), null,
				Dates.parse("from", request.from()), Dates.parse("to", request.to())));
		audit.record(caller, "REPORT_PUBLISHED", "report:" + version.reportId() + "/" + version.version(),
				http.getHeader("X-Purpose"));
		return version;
	}

	record PublishRequest(String country, String from, String to) {
	}
}
