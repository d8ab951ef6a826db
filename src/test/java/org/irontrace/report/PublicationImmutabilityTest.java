package org.irontrace.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.irontrace.report.publication.PublishedReports;
import org.irontrace.report.publication.PublishedVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A published version never changes; new figures become a new version that says what changed. */
@SpringBootTest
class PublicationImmutabilityTest {

	final PublishedReports published;

	final JdbcClient jdbc;

	@Autowired
	PublicationImmutabilityTest(PublishedReports published, JdbcClient jdbc) {
		this.published = published;
		this.jdbc = jdbc;
	}

	@Test
	void aCorrectionIsANewVersionAndTheOldOneStaysAsItWas() {
		String agency = "RPT-" + System.nanoTime();
		jdbc.sql("INSERT INTO recovery (agency, recovery_id, recovery_date, country, admin_area) VALUES (?, 'A1', '2023-05-01', 'KN', 'SK')")
			.param(agency).update();
		ReportRequest request = new ReportRequest("KN", null, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
		PublishedVersion first = published.publish(request, null);
		assertThat(published.publish(request, null).version()).as("nothing changed, no new version").isEqualTo(first.version());

		for (int i = 2; i <= 9; i++) {
			jdbc.sql("INSERT INTO recovery (agency, recovery_id, recovery_date, country, admin_area) VALUES (?, ?, '2023-06-01', 'KN', 'NE')")
				.params(agency, "A" + i).update();
		}
		PublishedVersion second = published.publish(request, "Late submissions from " + agency);
		assertThat(second.version()).isEqualTo(first.version() + 1);
		assertThat(second.changes()).contains("Late submissions").contains("totals/recovered");
		assertThat(published.findVersion(first.reportId(), first.version()).orElseThrow().data())
			.isEqualTo(first.data());

		assertThatThrownBy(() -> jdbc.sql("UPDATE published_report SET title = 'edited' WHERE report_id = ?")
			.param(first.reportId()).update()).hasMessageContaining("never changes");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM published_report WHERE report_id = ?").param(first.reportId()).update())
			.hasMessageContaining("never changes");
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE published_report").update()).hasMessageContaining("never removed");
		assertThat(published.listReports()).anyMatch(r -> r.reportId().equals(first.reportId()) && r.latestVersion() == second.version());
	}
}
