package org.irontrace.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.irontrace.platform.ConflictException;
import org.irontrace.report.publication.PublicationConsents;
import org.irontrace.report.publication.PublishedReports;
import org.irontrace.report.publication.PublishedVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A published version never changes: the database refuses edits, and other figures for a period
 * already published are refused rather than published as a new version (the two would subtract).
 */
@SpringBootTest
class PublicationImmutabilityTest {

	final PublishedReports published;

	final JdbcClient jdbc;

	final PublicationConsents consents;

	@Autowired
	PublicationImmutabilityTest(PublishedReports published, JdbcClient jdbc, PublicationConsents consents) {
		this.published = published;
		this.jdbc = jdbc;
		this.consents = consents;
	}

	@Test
	void otherFiguresForAPublishedPeriodAreRefusedAndTheVersionStaysAsItWas() {
		String agency = "RPT-" + System.nanoTime();
		jdbc.sql("INSERT INTO recovery (agency, recovery_id, recovery_date, country, admin_area) VALUES (?, 'A1', '2023-05-01', 'KN', 'SK')")
			.param(agency).update();
		consents.record(agency, true, "test");
		ReportRequest request = new ReportRequest("KN", null, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
		PublishedVersion first = published.publish(request);
		assertThat(published.publish(request).version()).as("nothing changed, no new version").isEqualTo(first.version());

		for (int i = 2; i <= 9; i++) {
			jdbc.sql("INSERT INTO recovery (agency, recovery_id, recovery_date, country, admin_area) VALUES (?, ?, '2023-06-01', 'KN', 'NE')")
				.params(agency, "A" + i).update();
		}
		assertThatThrownBy(() -> published.publish(request)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("already published").hasMessageContaining("totals/recovered");
		assertThat(published.findVersion(first.reportId(), first.version()).orElseThrow().data())
			.isEqualTo(first.data());

		assertThatThrownBy(() -> jdbc.sql("UPDATE published_report SET title = 'edited' WHERE report_id = ?")
			.param(first.reportId()).update()).hasMessageContaining("never changes");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM published_report WHERE report_id = ?").param(first.reportId()).update())
			.hasMessageContaining("never changes");
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE published_report").update()).hasMessageContaining("never removed");
		assertThat(published.listReports()).anyMatch(r -> r.reportId().equals(first.reportId()) && r.latestVersion() == first.version());
	}
}
