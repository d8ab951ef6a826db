package org.irontrace.report.publication;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.irontrace.report.ReportRequest;
import org.irontrace.report.ReportService;
import org.irontrace.report.opendata.OpenDataSet;
import org.irontrace.report.opendata.OpenDataTables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Public reports and their numbered versions. Publishing computes the report over every agency,
 * keeps only its suppressed open data, and stores it as the next version when it differs from the
 * latest one; the database refuses any change to a stored version.
 */
@Service
public class PublishedReports {

	private final ReportService reports;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	PublishedReports(ReportService reports, JdbcClient jdbc, ObjectMapper json) {
		this.reports = reports;
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * The identifier of a country's report: {@code recoveries-MX-2024} for a year (or the year so
	 * far, which each monthly version extends), {@code recoveries-MX-2024-03-01-2024-05-31} otherwise.
	 */
	public static String reportId(ReportRequest request) {
		boolean yearSoFar = request.from().getDayOfYear() == 1 && request.to().getYear() == request.from().getYear();
		return "recoveries-" + request.country() + "-"
				+ (yearSoFar ? String.valueOf(request.from().getYear()) : request.from() + "-" + request.to());
	}

	/**
	 * Publishes the report of a country and period as its next version, unless nothing changed.
	 * {@code reason} (optional) says why a correction was made; the changed figures are listed after it.
	 */
	@Transactional
	public PublishedVersion publish(ReportRequest request, String reason) {
		String id = reportId(request);
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param(id).query().listOfRows();
		OpenDataSet data = OpenDataTables.of(reports.reportOverAllAgencies(request));
		Optional<PublishedVersion> latest = findLatest(id);
		if (latest.isPresent() && VersionChanges.between(latest.get().data(), data).isEmpty()) {
			return latest.get();
		}
		int version = latest.map(v -> v.version() + 1).orElse(1);
		String changes = latest.map(v -> (reason == null || reason.isBlank() ? "" : reason.trim() + ". ")
				+ "Changed since version " + v.version() + ": " + VersionChanges.describe(VersionChanges.between(v.data(), data)))
			.orElse(null);
		String title = "Recovered crime guns, " + request.country() + ", " + request.from() + " to " + request.to();
		jdbc.sql("""
				INSERT INTO published_report (report_id, version, title, country, period_from, period_to, changes, body)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)
				""").params(id, version, title, request.country(), Date.valueOf(request.from()), Date.valueOf(request.to()),
				changes, json.writeValueAsString(data)).update();
		return getVersion(id, version);
	}

	public List<PublishedReportSummary> listReports() {
		return jdbc.sql("""
				SELECT DISTINCT ON (report_id) report_id, title, country, version, published_at
				FROM published_report ORDER BY report_id, version DESC
				""").query((rs, n) -> new PublishedReportSummary(rs.getString("report_id"), rs.getString("title"),
				rs.getString("country"), rs.getInt("version"), rs.getTimestamp("published_at").toInstant())).list();
	}

	public Optional<PublishedVersion> findVersion(String reportId, int version) {
		return jdbc.sql("SELECT * FROM published_report WHERE report_id = ? AND version = ?").params(reportId, version)
			.query((rs, n) -> read(rs)).optional();
	}

	public Optional<PublishedVersion> findLatest(String reportId) {
		return jdbc.sql("SELECT * FROM published_report WHERE report_id = ? ORDER BY version DESC LIMIT 1").param(reportId)
			.query((rs, n) -> read(rs)).optional();
	}

	private PublishedVersion getVersion(String reportId, int version) {
		return findVersion(reportId, version).orElseThrow();
	}

	private PublishedVersion read(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp at = rs.getTimestamp("published_at");
		return new PublishedVersion(rs.getString("report_id"), rs.getInt("version"), rs.getString("title"),
				rs.getString("country"), rs.getObject("period_from", java.time.LocalDate.class),
				rs.getObject("period_to", java.time.LocalDate.class), at.toInstant(), rs.getString("changes"),
				json.readValue(rs.getString("body"), OpenDataSet.class));
	}
}
