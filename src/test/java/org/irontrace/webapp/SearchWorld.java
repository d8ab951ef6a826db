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
import tools.jackson.databind.JsonNode;

/**
 * A Mexican agency and a Jamaican one. A Laredo dealer sold two Glocks to one buyer two days apart
 * in March 2019; both were recovered in Reynosa, from Pedro Páramo (homicide, 2019) and José Pérez
 * (drug trafficking, 2020), and traced; a third gun, not in the ledger, was taken from María Núñez
 * in Hermosillo. Leads are computed, so the buyer and the dealer have leads. Made through the API as
 * the operator and the agencies would.
 */
final class SearchWorld {

	static final String PASSWORD = "correct horse battery";

	final String tag = LedgerFixtures.uniqueTag();

	final String mx = "MX-" + tag;

	final String jm = "JM-" + tag;

	final String dealer = "D-" + tag;

	final String dealerName = "Armas Fronterizas " + tag;

	/** Serials as the ledger and the recoveries write them; the first has look-alike letters (S, O). */
	final String serial1 = tag + "S01";

	final String serial2 = tag + "72";

	final String serial3 = tag + "99";

	/**
	 * The buyer of both guns, named and born differently in each world, so that worlds made in one
	 * database never resolve into one person.
	 */
	final String buyerFirstName = List.of("Ana", "Beatriz", "Carmen", "Dolores", "Elena", "Fabiola", "Gloria", "Hilda")
		.get(Math.floorMod(tag.hashCode(), 8));

	final String buyerLastName = "Ruiz" + tag;

	final String buyerDob = (1950 + Math.floorMod(tag.hashCode() / 8, 40)) + "-02-03";

	final String mxAnalyst = "mxanalyst-" + tag.toLowerCase();

	final String mxAdmin = "mxadmin-" + tag.toLowerCase();

	final String jmAnalyst = "jmanalyst-" + tag.toLowerCase();

	final String mxAuditor = "mxauditor-" + tag.toLowerCase();

	final ApiClient operator;

	private final int port;

	SearchWorld(int port) {
		this.port = port;
		operator = new ApiClient(port);
		agency(mx, "MX");
		agency(jm, "JM");
		user(mxAnalyst, mx, "ANALYST");
		user(mxAdmin, mx, "ADMIN");
		user(jmAnalyst, jm, "ANALYST");
		user(mxAuditor, mx, "AUDITOR");
		operator.postCsv("/api/v1/imports/licensees", csv(LICENSEES_HEADER, dealer + ",01," + dealerName + ",,Laredo,TX,,US,"));
		operator.postCsv("/api/v1/imports/commerce-events", csv(EVENTS_HEADER,
				tag + "-1,SOLD,2019-03-04," + serial1 + ",Glock,,19,9mm,PISTOL,US," + dealer + ",," + buyerFirstName + "," + buyerLastName + "," + buyerDob + ",TX",
				tag + "-2,SOLD,2019-03-06," + serial2 + ",Glock,,17,9mm,PISTOL,US," + dealer + ",," + buyerFirstName + "," + buyerLastName + "," + buyerDob + ",TX"));
		ApiClient analyst = new ApiClient(port).login(mxAnalyst, PASSWORD);
		ApiClient.Answer recoveries = analyst.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER,
				"R1," + mx + ",2019-09-01,MX,TAM,Reynosa,HOMICIDE," + serial1 + ",N,,Glock,,,,PISTOLA,,Pedro,Páramo",
				"R2," + mx + ",2020-02-01,MX,TAM,Reynosa,DRUG_TRAFFICKING," + serial2 + ",N,,Glock,,,,PISTOLA,,José,Pérez",
				"R3," + mx + ",2020-05-01,MX,SON,Hermosillo,HOMICIDE," + serial3 + ",N,,Taurus,,,,PISTOLA,,María,Núñez"));
		assertThat(recoveries.json().get("accepted").asInt()).as(recoveries.text()).isEqualTo(3);
		for (String recovery : List.of("R1", "R2")) {
			assertThat(analyst.postJson("/api/v1/traces", Map.of("agency", mx, "recoveryId", recovery)).status()).isEqualTo(200);
		}
		ApiClient.Answer refreshed = operator.post("/api/v1/leads/refresh", "application/json", "");
		assertThat(refreshed.status()).as(refreshed.text()).isEqualTo(200);
	}

	/** The id of this world's lead of this type: about its dealer, or (PERSON) resting on its agency's recoveries. */
	long leadId(String type) {
		for (JsonNode lead : operator.get("/api/v1/leads?type=" + type + "&limit=10000").json()) {
			boolean dealerLead = dealer.equals(lead.path("licence").asString(""));
			boolean buyerLead = "PERSON".equals(type) && lead.path("contributingAgencies").toString().contains("\"" + mx + "\"");
			if (dealerLead || buyerLead) {
				return lead.get("id").asLong();
			}
		}
		throw new AssertionError("no " + type + " lead in the world " + tag);
	}

	/** The audit entries of one user and action, as the agency's auditor reads them. */
	String audit(String username, String action) {
		return new ApiClient(port).login(mxAuditor, PASSWORD).get("/api/v1/audit?username=" + username + "&action=" + action).text();
	}

	/** MX shares its recoveries with JM at this level, from today. */
	void share(String scope, String level) {
		ApiClient admin = new ApiClient(port).login(mxAdmin, PASSWORD);
		ApiClient.Answer grant = admin.postJson("/api/v1/sharing-agreements", Map.of("grantor", mx, "grantee", jm, "scope",
				List.of(scope), "level", level, "validFrom", "2020-01-01"));
		assertThat(grant.status()).as(grant.text()).isEqualTo(201);
	}

	private void agency(String code, String country) {
		ApiClient.Answer answer = operator.postJson("/api/v1/agencies",
				Map.of("code", code, "name", "Agency " + code, "country", country, "kind", "NATIONAL"));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
	}

	private void user(String username, String agency, String role) {
		ApiClient.Answer answer = operator.postJson("/api/v1/users",
				Map.of("username", username, "password", PASSWORD, "agency", agency, "roles", List.of(role)));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
	}
}
