package org.irontrace.report.web;

import java.util.List;
import java.util.Map;

import org.irontrace.platform.BadRequestException;
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

	PublicReportController(PublishedReports published) {
		this.published = published;
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

	/** Publishes (or corrects) a country's report now, outside the monthly run. */
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/api/v1/reports/publications")
	PublishedVersion publish(@RequestBody PublishRequest request) {
		if (request == null || request.country() == null) {
			throw new BadRequestException("'country', 'from' and 'to' are required");
		}
		return published.publish(new ReportRequest(request.country(), null, Dates.parse("from", request.from()),
				Dates.parse("to", request.to())), request.reason());
	}

	record PublishRequest(String country, String from, String to, String reason) {
	}
}
