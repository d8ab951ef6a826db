package org.irontrace.report.publication;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.irontrace.demo.DemoWorld;
import org.irontrace.platform.ConflictException;
import org.irontrace.report.ReportRequest;
import org.irontrace.report.ReportService;
import org.irontrace.report.opendata.OpenDataSet;
import org.irontrace.report.opendata.OpenDataTables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Public reports and their numbered versions. Publishing computes the report over the agencies
 * that opted in, keeps only its suppressed open data, and stores it once; the database refuses any
 * change to a stored version. Versions after the first exist only in installations that published
 * corrections before periods were published once; they stay readable.
 */
@Service
public class PublishedReports {

	private final ReportService reports;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final PublicationConsents consents;

	private final DemoWorld demo;

	PublishedReports(ReportService reports, JdbcClient jdbc, ObjectMapper json, PublicationConsents consents, DemoWorld demo) {
		this.reports = reports;
		this.demo = demo;
		this.consents = consents;
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * The identifier of a country's report: {@code recoveries-MX-2024} for a calendar year,
	 * {@code recoveries-MX-2024-04-01-2024-06-30} for a month or quarter. (Installations that published
	 * the year so far before keep such versions under the year's identifier.)
	 */
	public static String reportId(ReportRequest request) {
		boolean year = request.from().getDayOfYear() == 1
				&& request.to().equals(request.from().withDayOfYear(request.from().lengthOfYear()));
		return "recoveries-" + request.country() + "-"
				+ (year ? String.valueOf(request.from().getYear()) : request.from() + "-" + request.to());
	}

	/**
	 * Publishes the report of a country for an ended calendar month, quarter or year, counting only the
	 * agencies that opted in. A period is published once: the same figures again change nothing, other
	 * figures for it are refused, and so is a period overlapping another already published for the
	 * country, because two releases that overlap subtract to the figures of what lies between them.
	 */
	@Transactional
	public PublishedVersion publish(ReportRequest request) {
		// Published figures cannot be withdrawn: invented ones must never reach the public.
		if (demo.held()) {
			throw new ConflictException("This installation holds the invented demo world (" + DemoWorld.INVENTED
					+ "): nothing is published until it is removed with 'irontrace demo remove'");
		}
		PublicationPeriod.check(request.from(), request.to(), LocalDate.now(ZoneOffset.UTC));
		String id = reportId(request);
		// One lock per country: two overlapping periods of one country must not both pass the check.
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('publication:' || ?))").param(request.country()).query().listOfRows();
		refuseOverlaps(request);
		List<String> agencies = consents.listConsentingRecoverers(request.country(), request.from(), request.to());
		if (agencies.isEmpty()) {
			throw new ConflictException("No agency that recovered guns in " + request.country() + " from "
					+ request.from() + " to " + request.to() + " has opted in to publication");
		}
		OpenDataSet data = OpenDataTables.of(reports.reportOverAgencies(request, agencies));
		Optional<PublishedVersion> latest = findLatest(id);
		if (latest.isPresent()) {
			List<String> changed = VersionChanges.between(latest.get().data(), data);
			if (changed.isEmpty()) {
				return latest.get();
			}
			throw new ConflictException(id + " is already published (version " + latest.get().version()
					+ ") with other figures; a period is published once, so that no two releases can be subtracted."
					+ " Changed: " + VersionChanges.describe(changed));
		}
		String title = "Recovered crime guns, " + request.country() + ", " + request.from() + " to " + request.to();
		jdbc.sql("""
				INSERT INTO published_report (report_id, version, title, country, period_from, period_to, changes, body)
				VALUES (?, 1, ?, ?, ?, ?, NULL, ?::jsonb)
				""").params(id, title, request.country(), Date.valueOf(request.from()), Date.valueOf(request.to()),
				json.writeValueAsString(data)).update();
		return getVersion(id, 1);
	}

	private void refuseOverlaps(ReportRequest request) {
		jdbc.sql("""
				SELECT report_id, period_from, period_to FROM published_report
				WHERE country = ? AND period_from <= ? AND period_to >= ? AND (period_from, period_to) <> (?, ?)
				ORDER BY period_from LIMIT 1
				""").params(request.country(), Date.valueOf(request.to()), Date.valueOf(request.from()),
				Date.valueOf(request.from()), Date.valueOf(request.to()))
			.query((rs, n) -> rs.getString("report_id") + " (" + rs.getDate("period_from") + " to "
					+ rs.getDate("period_to") + ")")
			.optional().ifPresent(published -> {
				throw new ConflictException("'from'/'to' overlap the published report " + published + " of "
						+ request.country() + ": a country's published periods never overlap");
			});
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
