package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.irontrace.IntegrationTest;
import org.irontrace.webapp.PageBrowser.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Auditors search the trail from the pages: an agency's auditor finds its analyst's read of
 * personal data by user and day; another agency's auditor does not; the chain can be checked.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditPageTest {

	@LocalServerPort
	int port;

	AdminWorld world;

	String today;

	@BeforeAll
	void anAnalystReadsPossessorsOfItsAgency() {
		world = new AdminWorld(port);
		PageBrowser analyst = new PageBrowser(port).signIn(world.home.analyst, WebAppWorld.PASSWORD);
		assertThat(analyst.get("/app/recoveries?agency=" + world.home.agency).html()).contains("Pedro Paramo");
		today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
	}

	PageBrowser signedIn(String username) {
		PageBrowser browser = new PageBrowser(port).signIn(username, WebAppWorld.PASSWORD);
		browser.get("/app?lang=en");
		return browser;
	}

	String searchByAnalystToday() {
		return "/app/audit?username=" + world.home.analyst + "&from=" + today + "&to=" + today;
	}

	@Test
	void theAgencysAuditorFindsTheReadOfPersonalDataByUserAndDay() {
		Page found = signedIn(world.home.auditor).get(searchByAnalystToday());
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.html()).contains("Entries of " + world.home.agency, "Read personal data",
				"recoveries:" + world.home.agency, world.home.analyst);
		Page byAction = signedIn(world.home.auditor)
			.get("/app/audit?action=READ_PERSONAL_DATA&subject=" + world.home.agency);
		assertThat(byAction.html()).contains("recoveries:" + world.home.agency);
	}

	@Test
	void anotherAgencysAuditorDoesNotSeeIt() {
		Page nothing = signedIn(world.other.auditor).get(searchByAnalystToday() + "&agency=" + world.home.agency);
		assertThat(nothing.status()).isEqualTo(200);
		assertThat(nothing.html()).contains("Entries of " + world.other.agency, "No entry matches.")
			.doesNotContain("recoveries:" + world.home.agency);
	}

	@Test
	void aDayThatIsNotADateIsA400AtItsField() {
		Page wrong = signedIn(world.home.auditor).get("/app/audit?from=yesterday");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.html()).contains("href=\"#from\"", "Give a date");
	}

	@Test
	void theChainIsCheckedOnRequest() {
		Page checked = signedIn(world.home.auditor).get("/app/audit?verify=true");
		assertThat(checked.html()).contains("Intact: no entry was changed, removed or moved.");
	}

	@Test
	void aLongTrailIsReadFiftyEntriesAPage() {
		org.irontrace.ApiClient analyst = new org.irontrace.ApiClient(port).login(world.other.analyst,
				WebAppWorld.PASSWORD);
		for (int i = 0; i < AuditPage.PAGE_SIZE + 5; i++) {
			analyst.get("/api/v1/recoveries?agency=" + world.other.agency);
		}
		PageBrowser auditor = signedIn(world.other.auditor);
		Page first = auditor.get("/app/audit?action=READ_PERSONAL_DATA");
		assertThat(first.html()).contains("id=\"older\"");
		java.util.regex.Matcher older = java.util.regex.Pattern.compile("id=\"older\" href=\"([^\"]+)\"")
			.matcher(first.html());
		assertThat(older.find()).isTrue();
		Page second = auditor.get(older.group(1).replace("&amp;", "&"));
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.html()).contains("recoveries:" + world.other.agency, "Newest entries")
			.doesNotContain("id=\"older\"");
	}

	@Test
	void anAdministratorWhoIsNoAuditorIsRefused() {
		assertThat(signedIn(world.homeAdmin).get("/app/audit").status()).isEqualTo(403);
	}
}
