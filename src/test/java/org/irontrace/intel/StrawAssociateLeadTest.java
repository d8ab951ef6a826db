package org.irontrace.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.ApiClient.Answer;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A ring's buyer whose own guns are never recovered: Yesenia gave Marisol's address on her sale forms
 * and bought two guns at Marisol's counter in the same weeks. Once Marisol's crime guns are traced,
 * Yesenia is a lead of her own, without anyone asking for a refresh, and it reads the same after one.
 * Ruben, who lives there too and bought one gun years earlier elsewhere, and Dolores, who bought twice
 * at that counter in those weeks from another address, are not leads; nor does another agency see
 * Yesenia's. (Names and birth dates of their own: entity resolution would join people of one name and
 * birth date from other tests.)
 */
@IntegrationTest
class StrawAssociateLeadTest {

	private static final String EVENTS = "event_id,event_type,event_date,serial_number,manufacturer,importer,model,caliber,"
			+ "firearm_type,country_of_manufacture,from_licence,to_licence,purchaser_first_name,purchaser_last_name,"
			+ "purchaser_dob,purchaser_street,purchaser_city,purchaser_state";

	@LocalServerPort
	int port;

	@Autowired
	LeadUpkeep upkeep;

	@Autowired
	javax.sql.DataSource dataSource;

	final String t = LedgerFixtures.uniqueTag();

	final String mx = "MX-" + t;

	@Test
	void aBuyerAtAStrawPurchasersAddressWhoBuysBesideThemIsALeadBeforeAnyOfTheirGunsIsRecovered() throws Exception {
		ApiClient operator = new ApiClient(port);
		ApiClient analyst = operator.newAgencyWithAnalyst(mx, "MX", "assoc-" + t.toLowerCase());
		ApiClient elsewhere = operator.newAgencyWithAnalyst("GT-" + t, "GT", "assoc-gt-" + t.toLowerCase());
		operator.postCsv("/api/v1/imports/licensees", csv(LICENSEES_HEADER, "D-" + t + ",01,Guns " + t + ",,Laredo,TX,,US,",
				"E-" + t + ",01,Arms " + t + ",,Houston,TX,,US,"));
		// A street of this test's own: an address given by more than six buyers is a shop, not a home.
		String home = ",\"412 Calle " + t + "\",Laredo,TX";
		String marisol = ",,Marisol,Quintero" + t + ",1979-07-23";
		String yesenia = ",,Yesenia,Arreola" + t + ",1994-01-11";
		String ruben = ",,Ruben,Quintero" + t + ",1948-11-30";
		String dolores = ",,Dolores,Zamudio" + t + ",1972-03-09";
		Answer ledger = operator.postCsv("/api/v1/imports/commerce-events", csv(EVENTS,
				t + "-1,SOLD,2019-03-04," + t + "1,Glock,,19,9mm,PISTOL,US,D-" + t + marisol + home,
				t + "-2,SOLD,2019-03-25," + t + "2,Glock,,17,9mm,PISTOL,US,D-" + t + marisol + home,
				t + "-3,SOLD,2019-04-15," + t + "3,Glock,,26,9mm,PISTOL,US,D-" + t + marisol + home,
				t + "-4,SOLD,2019-03-06," + t + "4,Glock,,19,9mm,PISTOL,US,D-" + t + yesenia + home,
				t + "-5,SOLD,2019-04-17," + t + "5,Glock,,17,9mm,PISTOL,US,D-" + t + yesenia + home,
				t + "-6,SOLD,2014-08-02," + t + "6,Ruger,,LCP,.380,PISTOL,US,E-" + t + ruben + home,
				t + "-7,SOLD,2019-03-07," + t + "7,Glock,,43,9mm,PISTOL,US,D-" + t + dolores + ",\"9 Ocotillo " + t + "\",Laredo,TX",
				t + "-8,SOLD,2019-04-16," + t + "8,Glock,,45,9mm,PISTOL,US,D-" + t + dolores + ",\"9 Ocotillo " + t + "\",Laredo,TX"));
		assertThat(ledger.status()).as(ledger.text()).isEqualTo(200);
		List<String> rows = new ArrayList<>();
		for (int gun = 1; gun <= 3; gun++) {
			rows.add("F" + gun + "," + mx + ",2019-09-0" + gun + ",MX,TAM,Reynosa,HOMICIDE," + t + gun + ",N,,Glock,,,,,,,");
		}
		assertThat(analyst.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER, rows.toArray(String[]::new))).status())
			.isEqualTo(200);
		Answer resolved = operator.postJson("/api/v1/people/resolve", Map.of());
		assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
		assertThat(Settled.within(upkeep, Duration.ofMinutes(2))).as("the full refresh after the resolution").isTrue();
		java.time.Instant fullRefresh = upkeep.status().lastFullRefresh();
		for (int gun = 1; gun <= 3; gun++) {
			assertThat(analyst.postJson("/api/v1/traces", Map.of("agency", mx, "recoveryId", "F" + gun)).status()).isEqualTo(200);
		}

		// The leads follow the traces in the background: look again until Yesenia's appears (two minutes at most).
		JsonNode live = lead(analyst, "Arreola" + t);
		for (int i = 0; i < 1200 && live == null; i++) {
			Thread.sleep(100);
			live = lead(analyst, "Arreola" + t);
		}
		assertThat(Settled.within(upkeep, Duration.ofMinutes(2))).as("the leads caught up with the traces").isTrue();
		assertThat(live).as("Yesenia's lead, raised by Marisol's traced guns alone; %s", live == null ? whatTheGraphHolds() : "")
			.isNotNull();
		assertThat(upkeep.status().lastFullRefresh()).as("followed by the traces' passes, no full refresh").isEqualTo(fullRefresh);
		assertThat(indicators(live)).contains("SHARES_ADDRESS_WITH_STRAW_PURCHASER", "BOUGHT_BESIDE_STRAW_PURCHASER",
				"BUYS_GUN_AFTER_GUN");
		assertThat(live.get("summary").asString()).contains("no gun of theirs recovered yet");
		List<JsonNode> household = leadsNamed(analyst, "Quintero" + t);
		assertThat(household).as("Marisol's own lead; Ruben, the address and one old gun: a household").hasSize(1);
		assertThat(household.get(0).get("people").get(0).get("firstName").asString()).isEqualTo("Marisol");
		assertThat(lead(analyst, "Zamudio" + t)).as("Dolores: the counter and the weeks, another address").isNull();
		assertThat(lead(elsewhere, "Arreola" + t)).as("another agency, with no agreement").isNull();

		Answer refreshed = operator.post("/api/v1/leads/refresh", "application/json", "");
		assertThat(refreshed.status()).as(refreshed.text()).isEqualTo(200);
		JsonNode full = lead(analyst, "Arreola" + t);
		assertThat(full.get("score").asDouble()).isEqualTo(live.get("score").asDouble());
		assertThat(indicators(full)).isEqualTo(indicators(live));
		assertThat(full.get("id").asLong()).isEqualTo(live.get("id").asLong());
		JsonNode evidence = analyst.get("/api/v1/leads/" + full.get("id").asLong()).json().get("evidence");
		assertThat(evidence.toString()).as("the likely straw purchaser named by her person id, not her name")
			.doesNotContain("Quintero").contains("SHARES_ADDRESS_WITH_STRAW_PURCHASER");
	}

	/** What the graph and the leads hold about this household, said when Yesenia's lead is missing. */
	private String whatTheGraphHolds() {
		org.springframework.jdbc.core.simple.JdbcClient jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(dataSource);
		String buyers = "SELECT purchaser_id FROM network_gun WHERE agency = '" + mx + "'";
		String people = "SELECT person_id FROM network_person WHERE last_name ILIKE '%" + t + "' UNION " + buyers
				+ " UNION SELECT b FROM network_link WHERE a IN (" + buyers + ") UNION SELECT a FROM network_link WHERE b IN (" + buyers + ")";
		return "people " + jdbc.sql("SELECT person_id, first_name, last_name FROM network_person WHERE person_id IN (" + people + ")")
			.query().listOfRows()
				+ "; assigned " + jdbc.sql("SELECT record_id, person_id FROM person_assignment WHERE record_id LIKE ?")
					.param("event:" + t + "%").query().listOfRows()
				+ "; links " + jdbc.sql("SELECT a, b, kind FROM network_link WHERE a IN (" + people + ") OR b IN (" + people + ")")
					.query().listOfRows()
				+ "; leads " + jdbc.sql("SELECT subject, score, indicators, active FROM lead WHERE lead_type = 'PERSON' AND subject IN ("
						+ people + ")").query().listOfRows()
				+ "; repeat sales " + jdbc.sql("SELECT person, count(*) FROM network_repeat_sale WHERE person IN (" + people
						+ ") GROUP BY person").query().listOfRows()
				+ "; guns " + jdbc.sql("SELECT recovery_id, purchaser_id FROM network_gun WHERE agency = ?").param(mx).query().listOfRows()
				+ "; status " + upkeep.status();
	}

	private static List<String> indicators(JsonNode lead) {
		List<String> found = new ArrayList<>();
		lead.get("indicators").forEach(i -> found.add(i.asString()));
		return found;
	}

	private static JsonNode lead(ApiClient analyst, String lastName) {
		List<JsonNode> named = leadsNamed(analyst, lastName);
		return named.isEmpty() ? null : named.get(0);
	}

	private static List<JsonNode> leadsNamed(ApiClient analyst, String lastName) {
		List<JsonNode> named = new ArrayList<>();
		for (JsonNode lead : analyst.get("/api/v1/leads?type=PERSON&limit=10000").json()) {
			JsonNode people = lead.get("people");
			if (people != null && people.size() > 0 && lastName.equalsIgnoreCase(people.get(0).path("lastName").asString(""))) {
				named.add(lead);
			}
		}
		return named;
	}
}
