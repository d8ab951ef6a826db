package org.irontrace.report.publication;

import java.time.Instant;

/** A public report in the list: its latest version and when it was published. */
public record PublishedReportSummary(String reportId, String title, String country, int latestVersion,
		Instant publishedAt) {
}
