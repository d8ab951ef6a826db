package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;

/**
 * The web application's small world ({@link WebAppWorld}) and more for the trace pages: two Smith &
 * Wesson pistols whose serials differ only in the last character (one sold in Texas in May 2021),
 * a recovery without a serial, and a Haitian agency with its own analyst and its own traced recovery
 * of the Glock, which the Mexican agency must never see.
 */
final class TraceworkWorld {

	final WebAppWorld base;

	final String tag;

	final String agency;

	final String analyst;

	final String otherAgency;

	final String otherAnalyst;

	/** The two look-alike serials, and the partial reading that fits both. */
	final String soldSerial;

	final String unsoldSerial;

	final String partialReading;

	/** The first retail purchaser of the sold pistol, named after the world so worlds never share her. */
	final String purchaserLastName;

	TraceworkWorld(int port) {
		base = new WebAppWorld(port);
		tag = base.tag;
		agency = base.agency;
		analyst = base.analyst;
		otherAgency = "HT-" + tag;
		otherAnalyst = "ht-analyst-" + tag.toLowerCase();
		soldSerial = tag + "A71";
		unsoldSerial = tag + "A72";
		partialReading = tag + "A7?";
		purchaserLastName = "Lopez" + tag;
		ApiClient operator = base.operator;
		expect(operator.postCsv("/api/v1/imports/commerce-events", csv(EVENTS_HEADER,
				tag + "-SW1,MANUFACTURED,2020-01-10," + soldSerial + ",Smith & Wesson,,M&P9,9mm,PISTOL,US,,M-" + tag + ",,,,",
				tag + "-SW2,SOLD,2021-05-01," + soldSerial + ",Smith & Wesson,,M&P9,9mm,PISTOL,US,D-" + tag + ",,Rosa," + purchaserLastName + ",1990-04-05,TX",
				tag + "-SW3,MANUFACTURED,2020-01-10," + unsoldSerial + ",Smith & Wesson,,M&P9,9mm,PISTOL,US,,M-" + tag + ",,,,")),
				200);
		ApiClient mexican = new ApiClient(port).login(analyst, WebAppWorld.PASSWORD);
		expect(mexican.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER,
				"R-NOSERIAL," + agency + ",2021-02-02,MX,JAL,Guadalajara,ASSAULT,,N,,Glock,,,,PISTOLA,,,")), 200);
		expect(mexican.postJson("/api/v1/traces", Map.of("agency", agency, "recoveryId", "R-NOSERIAL")), 200);
		expect(operator.postJson("/api/v1/agencies",
				Map.of("code", otherAgency, "name", "Agency " + otherAgency, "country", "HT", "kind", "NATIONAL")), 201);
		expect(operator.postJson("/api/v1/users", Map.of("username", otherAnalyst, "password", WebAppWorld.PASSWORD,
				"agency", otherAgency, "roles", List.of("ANALYST"))), 201);
		ApiClient haitian = new ApiClient(port).login(otherAnalyst, WebAppWorld.PASSWORD);
		expect(haitian.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER,
				"HT-SECRET-1," + otherAgency + ",2020-06-01,HT,OU,Port-au-Prince,HOMICIDE," + tag + "1,N,,Glock,,,,PISTOLET,,,")),
				200);
		expect(haitian.postJson("/api/v1/traces", Map.of("agency", otherAgency, "recoveryId", "HT-SECRET-1")), 200);
	}

	private static void expect(ApiClient.Answer answer, int status) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(status);
	}
}
