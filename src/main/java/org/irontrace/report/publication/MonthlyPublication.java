package org.irontrace.report.publication;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.irontrace.report.ReportRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The monthly publication run: on the first of each month, every recovering country's report for
 * the year so far is published as a new version when its figures moved (new recoveries, new
 * traces). A year closes with its December run; later changes become corrections.
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
		publishYearToDate(LocalDate.now(ZoneOffset.UTC).minusMonths(1));
	}

	/** Publishes the year of {@code lastMonth}, from 1 January to the end of that month, for every country. */
	void publishYearToDate(LocalDate lastMonth) {
		LocalDate from = lastMonth.withDayOfYear(1);
		LocalDate to = lastMonth.withDayOfMonth(lastMonth.lengthOfMonth());
		List<String> countries = jdbc.sql("SELECT DISTINCT country FROM recovery WHERE recovery_date BETWEEN ? AND ? ORDER BY 1")
			.params(java.sql.Date.valueOf(from), java.sql.Date.valueOf(to)).query(String.class).list();
		for (String country : countries) {
			try {
				published.publish(new ReportRequest(country, null, from, to), "Monthly update");
			}
			catch (RuntimeException e) {
				log.error("Publishing the report of {} for {} to {} failed", country, from, to, e);
			}
		}
	}
}
