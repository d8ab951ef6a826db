package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.csv;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.irontrace.ApiClient;
import org.irontrace.ApiClient.Answer;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An agency with no US ledger at all works from its own files in a real Chromium: the analyst sends
 * the tracing authority's answers through the upload page, opens the raid the guns were seized in
 * (their traces, dealers and time-to-crime now come from the answers) and follows the ballistic
 * thread from a seized gun to another gun fired at the same crime scene.
 */
@IntegrationTest
@Tag("browser")
class AgencyFilesBrowserJourneyTest {

	private static final String RECOVERIES = "recovery_id,agency,recovery_date,country,admin_area,city,crime_code,"
			+ "serial_number,manufacturer,incident_id,criminal_group";

	private static final String ANSWERS = "agency,recovery_id,trace_number,result_date,trace_status,not_traced_reason,"
			+ "serial_number,manufacturer,importer,model,caliber,firearm_type,country_of_manufacture,source_licence,"
			+ "source_name,dealer_licence,dealer_name,dealer_city,dealer_state,sale_date,purchaser_first_name,"
			+ "purchaser_last_name,purchaser_dob,purchaser_state,time_to_crime_days,multiple_sale";

	@LocalServerPort
	int port;

	final String t = LedgerFixtures.uniqueTag();

	final String agency = "FGR-" + t;

	@Test
	void uploadTheAnswersOpenTheRaidAndFollowTheBallisticThread() throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		ApiClient operator = new ApiClient(port);
		String analyst = "files-" + t.toLowerCase();
		ApiClient files = operator.newAgencyWithAnalyst(agency, "MX", analyst);
		String raid = "OP-" + t;
		accepted(files.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES,
				"R1," + agency + ",2021-03-15,MX,SON,Hermosillo,HOMICIDE,A" + t + "1,Colt," + raid + ",CJNG",
				"R2," + agency + ",2021-03-15,MX,SON,Hermosillo,HOMICIDE,A" + t + "2,Colt," + raid + ",CJNG",
				"R3," + agency + ",2021-07-02,MX,SON,Nogales,ASSAULT,A" + t + "3,Colt,,")), 3);
		// The examiners matched cartridge cases: the raid's first rifle and a gun seized months later fired at one scene.
		accepted(files.postCsv("/api/v1/imports/ballistic-links", csv("link_id,agency,item_a,item_b,link_date,confidence",
				"L1," + agency + ",recovery:" + agency + "/R1,case:" + agency + "/C-" + t + ",2021-08-01,CONFIRMED",
				"L2," + agency + ",case:" + agency + "/C-" + t + ",recovery:" + agency + "/R3,2021-08-02,CONFIRMED")), 2);
		Path answers = Files.createTempFile("trace_results", ".csv");
		Files.writeString(answers, csv(ANSWERS, answer("R1", "1", "2020-09-15", "Smith"), answer("R2", "2", "2020-10-01", "Jones"),
				answer("R3", "3", "2019-01-20", "Brown")), StandardCharsets.UTF_8);
		String app = "http://localhost:" + port;
		Files.createDirectories(BrowserJourneyTest.SCREENSHOTS);
		try (WebDriverSession browser = WebDriverSession.start(BrowserJourneyTest.SCREENSHOTS.resolve("chromedriver-files.log").toFile())) {
			browser.signIn(app, "en", analyst, ApiClient.ANALYST_PASSWORD);

			browser.open(app + "/app/recoveries/upload");
			browser.click("#kind-trace-results");
			browser.type("#file", answers.toAbsolutePath().toString());
			browser.click("main form button[type=submit]");
			browser.waitUntil("document.querySelector('#accepted') !== null");
			assertThat(browser.text("#accepted")).as("the three answers recorded").isEqualTo("3");
			assertThat(browser.count("#row-errors")).isZero();
			Files.write(BrowserJourneyTest.SCREENSHOTS.resolve("trace-results-uploaded.png"), browser.screenshot());

			// The answers are traced behind the upload; the raid's page shows them once they are.
			openWhenItShows(browser, app + "/app/incidents/" + agency + "/" + raid, "Border Guns " + t);
			assertThat(browser.text("#h-summary + dl")).contains("2 of 2");
			assertThat(browser.text("main table tbody")).contains("AZ", "Completed", "181 days");
			assertThat(browser.text("#h-ballistics")).startsWith("Ballistic thread");
			String thread = browser.text("#h-ballistics ~ table");
			assertThat(thread).as("the raid's rifle fired where the Nogales gun fired").contains(agency + "/R3", agency + "/C-" + t);
			Files.write(BrowserJourneyTest.SCREENSHOTS.resolve("incident-ballistic-thread.png"), browser.screenshot());

			browser.click("#h-ballistics ~ table a[href='/app/guns/A" + t + "3']");
			browser.waitUntil("location.pathname === arguments[0] && document.readyState === 'complete'", "/app/guns/A" + t + "3");
			assertThat(browser.text("main h1")).contains("A" + t + "3");
			assertThat(browser.text("#h-ballistics ~ table")).as("the thread leads back to the raid's rifle")
				.contains(agency + "/R1", agency + "/C-" + t);
		}
		finally {
			Files.deleteIfExists(answers);
		}
	}

	/** A completed answer: the rifle sold by one Tucson dealer, its purchaser, the authority's trace number. */
	private String answer(String recovery, String number, String saleDate, String lastName) {
		return String.join(",", agency, recovery, "T-" + t + "-" + number, "2021-09-01", "COMPLETED", "", "A" + t + number,
				"Colt", "", "AR-15", "5.56 NATO", "RIFLE", "US", "M-" + t, "Colt's Manufacturing", "D-" + t,
				"Border Guns " + t, "Tucson", "AZ", saleDate, "Ann", lastName + t, "1990-02-03", "AZ", "", "N");
	}

	private static void openWhenItShows(WebDriverSession browser, String url, String expected) throws InterruptedException {
		for (int attempt = 0; attempt < 60; attempt++) {
			browser.open(url);
			if (browser.pageText().contains(expected)) {
				return;
			}
			Thread.sleep(500);
		}
		throw new AssertionError(url + " never showed " + expected + ": " + browser.pageText());
	}

	private static void accepted(Answer answer, long rows) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		assertThat(answer.json().get("accepted").asLong()).as(answer.text()).isEqualTo(rows);
	}
}
