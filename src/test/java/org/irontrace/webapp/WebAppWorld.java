package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.LedgerFixtures;

/**
 * A Mexican agency with an analyst and an auditor, one gun sold in Texas in March 2019 and
 * recovered in Reynosa ten months later (recovery {@code R1}), made through the API as an
 * operator and the agency would.
 */
final class WebAppWorld {

	static final String PASSWORD = "correct horse battery";

	final String tag = LedgerFixtures.uniqueTag();

	final String agency = "MX-" + tag;

	final String analyst = "analyst-" + tag.toLowerCase();

	final String auditor = "auditor-" + tag.toLowerCase();

	final ApiClient operator;

	WebAppWorld(int port) {
		operator = new ApiClient(port);
		expect(operator.postJson("/api/v1/agencies",
				Map.of("code", agency, "name", "Agency " + agency, "country", "MX", "kind", "NATIONAL")), 201);
		user(analyst, "ANALYST");
		user(auditor, "AUDITOR");
		operator.postCsv("/api/v1/imports/licensees", csv(LICENSEES_HEADER, "D-" + tag + ",01,Guns " + tag + ",,Laredo,TX,,US,"));
		operator.postCsv("/api/v1/imports/commerce-events", csv(EVENTS_HEADER,
				tag + "-1,MANUFACTURED,2019-01-01," + tag + "1,Glock,,19,9mm,PISTOL,US,,M-" + tag + ",,,,",
				tag + "-2,SOLD,2019-03-01," + tag + "1,Glock,,19,9mm,PISTOL,US,D-" + tag + ",,Ana,Ruiz,1985-02-03,TX"));
		ApiClient.Answer recoveries = new ApiClient(port).login(analyst, PASSWORD)
			.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER,
					"R1," + agency + ",2020-01-01,MX,TAM,Reynosa,HOMICIDE," + tag + "1,N,,Glock,,,,PISTOLA,,Pedro,Paramo"));
		assertThat(recoveries.json().get("accepted").asInt()).as(recoveries.text()).isEqualTo(1);
	}

	private void user(String username, String role) {
		expect(operator.postJson("/api/v1/users",
				Map.of("username", username, "password", PASSWORD, "agency", agency, "roles", List.of(role))), 201);
	}

	private static void expect(ApiClient.Answer answer, int status) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(status);
	}
}
