package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.irontrace.IntegrationTest;
import org.irontrace.webapp.PageBrowser.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The list of traces: the caller's own, newest first, filtered by status and reason with the
 * filters kept in the address; another agency's traces are never listed without an agreement.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceListPageTest {

	@LocalServerPort
	int port;

	TraceworkWorld world;

	@BeforeAll
	void aWorldWithTracesOfTwoAgencies() {
		world = new TraceworkWorld(port);
		PageBrowser browser = analyst();
		browser.submit(browser.get("/app/trace"), "/app/trace", Map.of("agency", world.agency, "recoveryId", "R1"));
	}

	PageBrowser analyst() {
		PageBrowser browser = new PageBrowser(port).signIn(world.analyst, WebAppWorld.PASSWORD);
		browser.get("/app?lang=en");
		return browser;
	}

	@Test
	void theListShowsTheAgencysTracesNewestFirstAndNeverAnotherAgencys() {
		Page list = analyst().get("/app/traces");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.html()).contains(">R1</a>", ">R-NOSERIAL</a>", "Completed", "Serial number missing", "306 days")
			.containsSubsequence(">R1</a>", ">R-NOSERIAL</a>")
			.doesNotContain("HT-SECRET-1", world.otherAgency);
	}

	@Test
	void filtersByStatusAndReasonAreKeptInTheAddress() {
		PageBrowser browser = analyst();
		Page notTraced = browser.get("/app/traces?status=NOT_TRACED");
		assertThat(notTraced.html()).contains(">R-NOSERIAL</a>", "<option value=\"NOT_TRACED\" selected=\"selected\">")
			.doesNotContain(">R1</a>");
		Page missingSerial = browser.get("/app/traces?reason=SERIAL_MISSING");
		assertThat(missingSerial.html()).contains(">R-NOSERIAL</a>").doesNotContain(">R1</a>");
		Page completed = browser.get("/app/traces?status=COMPLETED&reason=");
		assertThat(completed.html()).contains(">R1</a>").doesNotContain(">R-NOSERIAL</a>");
		Page none = browser.get("/app/traces?status=PARTIAL&reason=STOLEN_FROM_LICENSEE");
		assertThat(none.html()).contains("No trace matches these filters.");
		Page secondPage = browser.get("/app/traces?status=NOT_TRACED&page=2");
		assertThat(secondPage.html()).contains("No trace matches these filters.",
				"href=\"/app/traces?status=NOT_TRACED&amp;reason=&amp;page=1\"");
	}

	@Test
	void theOtherAgencySeesItsOwnTraceAndNotOurs() {
		PageBrowser haitian = new PageBrowser(port).signIn(world.otherAnalyst, WebAppWorld.PASSWORD);
		Page list = haitian.get("/app/traces");
		assertThat(list.html()).contains(">HT-SECRET-1</a>").doesNotContain(">R1</a>", ">R-NOSERIAL</a>");
	}
}
