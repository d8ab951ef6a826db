package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.util.Map;

import org.irontrace.IntegrationTest;
import org.irontrace.intel.Intelligence;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The result page names the trafficking indicators that fired for the traced gun: here a short
 * time-to-crime and a multiple sale (the purchaser bought a second pistol from the same dealer the
 * same day).
 */
@IntegrationTest
class TraceIndicatorsPageTest {

	@LocalServerPort
	int port;

	@Autowired
	Intelligence intelligence;

	@Test
	void aGunSoldInAMultipleSaleSaysSoOnItsTrace() {
		TraceworkWorld world = new TraceworkWorld(port);
		String second = world.tag + "B55";
		assertThat(world.base.operator.postCsv("/api/v1/imports/commerce-events", csv(EVENTS_HEADER,
				world.tag + "-B1,MANUFACTURED,2020-01-10," + second + ",Smith & Wesson,,M&P9,9mm,PISTOL,US,,M-" + world.tag + ",,,,",
				world.tag + "-B2,SOLD,2021-05-01," + second + ",Smith & Wesson,,M&P9,9mm,PISTOL,US,D-" + world.tag
						+ ",,Rosa," + world.purchaserLastName + ",1990-04-05,TX")).status()).isEqualTo(200);
		intelligence.refresh();

		PageBrowser browser = new PageBrowser(port).signIn(world.analyst, WebAppWorld.PASSWORD);
		browser.get("/app?lang=en");
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("agency", world.agency);
		fields.put("recoveryId", "R-MULTI");
		fields.put("recoveryDateDay", "1");
		fields.put("recoveryDateMonth", "8");
		fields.put("recoveryDateYear", "2021");
		fields.put("country", "MX");
		fields.put("serialNumber", world.soldSerial);
		fields.put("manufacturer", "Smith & Wesson");
		String html = browser.follow(browser.submit(browser.get("/app/trace"), "/app/trace", fields)).html();
		assertThat(html).contains("Indicators for this gun", "Short time-to-crime: under one year",
				"Sold in a multiple sale: 2 guns to one purchaser by one dealer between May 1, 2021 and May 1, 2021");

		String quiet = browser.follow(browser.submit(browser.get("/app/trace"), "/app/trace",
				Map.of("agency", world.agency, "recoveryId", "R1"))).html();
		assertThat(quiet).contains("Indicators for this gun").doesNotContain("multiple sale");
	}
}
