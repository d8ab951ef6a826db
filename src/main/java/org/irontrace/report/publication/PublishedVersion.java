package org.irontrace.report.publication;

import java.time.Instant;
import java.time.LocalDate;

import org.irontrace.report.opendata.OpenDataSet;

/** One published version of a public report, as it was first shown. */
public record PublishedVersion(String reportId, int version, String title, String country, LocalDate from,
		LocalDate to, Instant publishedAt, String changes, OpenDataSet data) {
}
