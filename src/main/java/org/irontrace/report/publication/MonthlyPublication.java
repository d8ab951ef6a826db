package org.irontrace.report.publication;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.irontrace.platform.ConflictException;
import org.irontrace.report.ReportRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The monthly publication run, the installation's own act: on the first of each month, the month
 * just ended is published for every country where an agency that opted in recovered guns. Months
 * never overlap, so no release can be subtracted from another; a month is published once.
 */
@Component
class MonthlyPublication {

	private static final Logger log = LoggerFactory.getLogger(MonthlyPublication.class);

	private final PublishedReports published;

	private final JdbcClient jdbc;

	MonthlyPublication(PublishedReports published, JdbcClient jdbc) {
		this.published = published;
		this.jdbc = jdbc;
	}

	@Scheduled(cron = "${irontrace.reports.publication-cron:0 0 3 1 * *}", zone = "UTC")
	void publishMonthly() {
		publishMonth(LocalDate.now(ZoneOffset.UTC).minusMonths(1));
	}

	/** Publishes the calendar month of {@code day} for every country with a consenting agency's recoveries. */
	void publishMonth(LocalDate day) {
		LocalDate from = day.withDayOfMonth(1);
		LocalDate to = day.withDayOfMonth(day.lengthOfMonth());
		List<String> countries = jdbc.sql("""
				SELECT DISTINCT r.country FROM recovery r
				JOIN publication_consent c ON c.agency = r.agency AND c.consented
				WHERE r.recovery_date BETWEEN ? AND ? ORDER BY 1
				""").params(java.sql.Date.valueOf(from), java.sql.Date.valueOf(to)).query(String.class).list();
		for (String country : countries) {
			try {
				published.publish(new ReportRequest(country, null, from, to));
			}
			catch (ConflictException refused) {
				log.warn("The report of {} for {} to {} was not published: {}", country, from, to, refused.getMessage());
			}
			catch (RuntimeException e) {
				log.error("Publishing the report of {} for {} to {} failed", country, from, to, e);
			}
		}
	}
}
