package org.irontrace.report.web;

import java.util.Locale;

import org.irontrace.platform.BadRequestException;
import org.springframework.http.MediaType;

/** The forms a report is served in: chosen by {@code format=}, else by the Accept header, else JSON. */
enum ReportFormat {

	JSON(MediaType.APPLICATION_JSON), CSV(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)),
	HTML(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8)), PDF(MediaType.APPLICATION_PDF);

	final MediaType mediaType;

	ReportFormat(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	static ReportFormat choose(String format, String accept) {
		if (format != null && !format.isBlank()) {
			try {
				return valueOf(format.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				throw new BadRequestException("'format' must be json, csv, html or pdf, not '" + format + "'");
			}
		}
		String wanted = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
		if (wanted.contains("text/csv")) {
			return CSV;
		}
		if (wanted.contains("application/pdf")) {
			return PDF;
		}
		if (wanted.contains("text/html")) {
			return HTML;
		}
		return JSON;
	}
}
