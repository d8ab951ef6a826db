package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.LedgerFixtures;

/**
 * A small trafficking world for the link graph, made through the API: one Texas dealer, two straw
 * purchasers who gave the same address (one of its own, so that worlds never share it) and bought two guns each there in March 2019, the four guns
 * recovered in Mexico by one agency (two of them taken from the same man), traced, and the graph
 * computed by the operators' refresh. A second agency has an analyst and nothing else; the first
 * agency's administrator may grant it agreements.
 */
final class GraphWorld {

	static final String PASSWORD = "correct horse battery";

	static final String EVENTS_HEADER = "event_id,event_type,event_date,serial_number,manufacturer,model,caliber,firearm_type,"
			+ "from_licence,purchaser_first_name,purchaser_last_name,purchaser_dob,purchaser_street,purchaser_city,"
			+ "purchaser_state,purchaser_postal_code";

	final String tag = LedgerFixtures.uniqueTag();

	final String owner = "MX-" + tag;

	/** The incident R4 was taken in. */
	final String incident = "OP-" + tag;

	final String other = "JM-" + tag;

	final String dealer = "D-" + tag;

	final String analyst = "analyst-" + tag.toLowerCase();

	final String otherAnalyst = "jmanalyst-" + tag.toLowerCase();

	final String admin = "admin-" + tag.toLowerCase();

	/** The straw purchasers' last names (unique to this world, so a page showing one is unmistakable). */
	final String ruiz = "Ruiz" + tag;

	final String mora = "Mora" + tag;

	private final int port;

	GraphWorld(int port) {
		this.port = port;
		ApiClient operator = new ApiClient(port);
		agency(operator, owner, "MX");
		agency(operator, other, "JM");
		user(operator, analyst, owner, "ANALYST");
		user(operator, admin, owner, "ADMIN");
		user(operator, otherAnalyst, other, "ANALYST");
		imported(operator.postCsv("/api/v1/imports/licensees",
				csv(LICENSEES_HEADER, dealer + ",01,Border Guns " + tag + ",,Laredo,TX,,US,")), 1);
		String address = "12 Elm St Unit " + tag + ",Laredo,TX,78040";
		imported(operator.postCsv("/api/v1/imports/commerce-events", csv(EVENTS_HEADER,
				tag + "-1,SOLD,2019-03-04," + tag + "1,Glock,19,9mm,PISTOL," + dealer + ",Ana," + ruiz + ",1985-02-03," + address,
				tag + "-2,SOLD,2019-03-06," + tag + "2,Glock,17,9mm,PISTOL," + dealer + ",Ana," + ruiz + ",1985-02-03," + address,
				tag + "-3,SOLD,2019-03-05," + tag + "3,Colt,M4,5.56,RIFLE," + dealer + ",Luis," + mora + ",1990-07-08," + address,
				tag + "-4,SOLD,2019-03-20," + tag + "4,Colt,M4,5.56,RIFLE," + dealer + ",Luis," + mora + ",1990-07-08," + address)), 4);
		ApiClient agencyAnalyst = new ApiClient(port).login(analyst, PASSWORD);
		// R4 was taken in an incident of its own (one gun: no one else is seized with it).
		imported(agencyAnalyst.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER + ",incident_id,criminal_group",
				"R1," + owner + ",2019-09-01,MX,TAM,Reynosa,HOMICIDE," + tag + "1,N,,Glock,,,,,,Pedro,Paramo" + tag + ",,",
				"R2," + owner + ",2019-10-01,MX,TAM,Reynosa,ASSAULT," + tag + "2,N,,Glock,,,,,,,,,",
				"R3," + owner + ",2020-02-01,MX,NLE,Monterrey,HOMICIDE," + tag + "3,N,,Colt,,,,,,Pedro,Paramo" + tag + ",,",
				"R4," + owner + ",2021-06-01,MX,CHH,Juarez,DRUG_TRAFFICKING," + tag + "4,N,,Colt,,,,,,,," + incident + ",La Línea")), 4);
		for (String recovery : List.of("R1", "R2", "R3", "R4")) {
			expect(agencyAnalyst.postJson("/api/v1/traces", Map.of("agency", owner, "recoveryId", recovery)), 200);
		}
		expect(operator.post("/api/v1/leads/refresh", "application/json", ""), 200);
		settled(operator);
	}

	/** Waits (at most 30 s) until the work that follows traces is done, as the leads page says. */
	static void settled(ApiClient operator) {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
		while (!operator.get("/api/v1/leads/status").json().get("settled").asBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("the leads never settled: " + operator.get("/api/v1/leads/status").text());
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	/** The first agency shares its leads with the second at this level. */
	void grantLeads(String level) {
		expect(new ApiClient(port).login(admin, PASSWORD).postJson("/api/v1/sharing-agreements", Map.of("grantor", owner,
				"grantee", other, "scope", List.of("LEADS"), "level", level, "validFrom", "2020-01-01")), 201);
	}

	private static void agency(ApiClient operator, String code, String country) {
		expect(operator.postJson("/api/v1/agencies",
				Map.of("code", code, "name", "Agency " + code, "country", country, "kind", "NATIONAL")), 201);
	}

	private static void user(ApiClient operator, String username, String agency, String role) {
		expect(operator.postJson("/api/v1/users",
				Map.of("username", username, "password", PASSWORD, "agency", agency, "roles", List.of(role))), 201);
	}

	static void imported(ApiClient.Answer answer, int rows) {
		assertThat(answer.json().get("accepted").asInt()).as(answer.text()).isEqualTo(rows);
	}

	static void expect(ApiClient.Answer answer, int status) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(status);
	}
}
