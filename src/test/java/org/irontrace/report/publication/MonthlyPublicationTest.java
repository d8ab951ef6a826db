package org.irontrace.report.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The monthly run publishes the month just ended, once, counting only the agencies that opted in. */
@SpringBootTest
class MonthlyPublicationTest {

	@Autowired
	MonthlyPublication monthly;

	@Autowired
	PublicationConsents consents;

	@Autowired
	PublishedReports published;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theMonthJustEndedIsPublishedForTheAgenciesThatOptedIn() {
		String willing = "MONW-" + System.nanoTime();
		String unwilling = "MONU-" + System.nanoTime();
		recoveries(willing, "PW", "2018-07-04", 6);
		recoveries(unwilling, "PW", "2018-07-05", 8);
		recoveries(unwilling, "FM", "2018-07-06", 8);
		consents.record(willing, true, "test");

		monthly.publishMonth(LocalDate.of(2018, 7, 19));
		monthly.publishMonth(LocalDate.of(2018, 7, 19));

		PublishedVersion july = published.findLatest("recoveries-PW-2018-07-01-2018-07-31").orElseThrow();
		assertThat(july.version()).as("published once").isEqualTo(1);
		assertThat(july.data().cells()).filteredOn(c -> c.table().equals("totals") && c.key().equals("recovered"))
			.singleElement().satisfies(c -> assertThat(c.count()).isEqualTo(6));
		assertThat(published.findLatest("recoveries-FM-2018-07-01-2018-07-31")).as("no agency of FM opted in").isEmpty();
		assertThat(published.findLatest("recoveries-PW-2018")).as("no year so far").isEmpty();
	}

	private void recoveries(String agency, String country, String date, int count) {
		for (int i = 0; i < count; i++) {
			jdbc.sql("INSERT INTO recovery (agency, recovery_id, recovery_date, country, admin_area) VALUES (?, ?, ?::date, ?, 'X')")
				.params(agency, country + date + "-" + i, date, country).update();
		}
	}
}
