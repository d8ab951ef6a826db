package org.irontrace.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.csv;

import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.ApiClient.Answer;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** People resolved from sale forms and recoveries, explained and judged, over HTTP. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeopleApiTest {

	private static final String EVENTS = "event_id,event_type,event_date,serial_number,manufacturer,firearm_type,"
			+ "from_licence,purchaser_first_name,purchaser_last_name,purchaser_dob,purchaser_street,purchaser_city,"
			+ "purchaser_state,purchaser_postal_code,purchaser_id_number";

	private static final String RECOVERIES = "recovery_id,agency,recovery_date,country,possessor_first_name,"
			+ "possessor_last_name,possessor_dob,serial_number,manufacturer";

	@LocalServerPort
	int port;

	ApiClient api;

	final String t = LedgerFixtures.uniqueTag();

	final String agency = "FGR-" + t;

	@BeforeAll
	void salesAndRecoveries() {
		api = new ApiClient(port);
		String dealer = "D-" + t;
		Answer sales = api.postCsv("/api/v1/imports/commerce-events", csv(EVENTS,
				sale("1", "José", "García López", "1984-03-05", "Av. Juárez 12", dealer),
				sale("2", "Pepe", "Garcia", "1984-05-03", "Avenida Juarez 12", dealer),
				sale("3", "Guadalupe", "Hernández Ruiz", "1991-07-22", "Calle Hidalgo 5", dealer),
				sale("4", "Lupe", "Hernandez", "1991-07-22", "C. Hidalgo 5", dealer),
				sale("5", "Roberto", "Quintero", "1962-01-15", "Calle Morelos 77", dealer)));
		assertThat(sales.json().get("rejected").asInt()).as(sales.text()).isZero();
		Answer recoveries = api.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES,
				"R1-" + t + "," + agency + ",2024-02-01,MX,José," + t + "Garcia,1984-03-05,,",
				"R2-" + t + "," + agency + ",2024-02-02,MX,Maria," + t + "Perez,1990-10-10,,",
				"R3-" + t + "," + agency + ",2024-03-03,MX,ROBERTO,QUINTERO,,S5" + t + ",Glock"));
		assertThat(recoveries.json().get("rejected").asInt()).as(recoveries.text()).isZero();
		Answer resolved = api.postJson("/api/v1/people/resolve", Map.of("threshold", 0.9));
		assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
		assertThat(resolved.json().get("newRecords").asInt()).isGreaterThanOrEqualTo(7);
	}

	@Test
	@Order(1)
	void nameVariantsOfOnePurchaserAreOnePerson() {
		JsonNode jose = personOf("event:" + t + "-1");
		assertThat(recordIds(jose)).contains("event:" + t + "-1", "event:" + t + "-2");
		assertThat(recordIds(personOf("event:" + t + "-3"))).contains("event:" + t + "-4");
		assertThat(recordIds(personOf("event:" + t + "-5"))).as("the possessor known by name only, holding his gun")
			.containsExactlyInAnyOrder("event:" + t + "-5", "recovery:" + agency + "/R3-" + t);
		Answer why = api.get("/api/v1/people/links?recordA=recovery:" + agency + "/R3-" + t + "&recordB=event:" + t + "-5");
		assertThat(why.json().get("samePerson").asBoolean()).isTrue();
		assertThat(why.json().get("nameOnlyRule").asString()).as("what joins a name alone: the gun")
			.isEqualTo("GUN_SOLD_TO_PURCHASER");
		assertThat(api.get("/api/v1/people/links?recordA=event:" + t + "-1&recordB=event:" + t + "-2").json()
			.get("nameOnlyRule").isNull()).as("records with more than a name are explained by their weights").isTrue();
		Answer same = api.get("/api/v1/people/" + jose.get("personId").asString());
		assertThat(same.status()).isEqualTo(200);
		assertThat(api.get("/api/v1/people/P-none-" + t).status()).isEqualTo(404);
	}

	@Test
	@Order(2)
	void aLinkIsExplainedFieldByField() {
		Answer link = api.get("/api/v1/people/links?recordA=event:" + t + "-1&recordB=event:" + t + "-2");
		assertThat(link.status()).as(link.text()).isEqualTo(200);
		JsonNode json = link.json();
		assertThat(json.get("matchProbability").asDouble()).isGreaterThan(0.9);
		assertThat(json.get("samePerson").asBoolean()).isTrue();
		JsonNode first = json.get("fields").get(0);
		assertThat(first.get("field").asString()).isEqualTo("first name");
		assertThat(first.get("levelName").asString()).isEqualTo("name variant or one of several given names");
		assertThat(first.get("weight").asDouble()).isPositive();
		assertThat(json.get("fields").get(2).get("levelName").asString()).isEqualTo("day and month swapped");
		assertThat(api.get("/api/v1/people/links?recordA=event:nothing-" + t + "&recordB=event:" + t + "-2").status())
			.isEqualTo(404);
	}

	@Test
	@Order(3)
	void judgementsSplitAndJoinPeople() {
		String purchaser = "event:" + t + "-3";
		String other = "event:" + t + "-4";
		Answer apart = api.postJson("/api/v1/people/judgements",
				Map.of("recordA", purchaser, "recordB", other, "same", false, "note", "different mothers' names"));
		assertThat(apart.status()).as(apart.text()).isEqualTo(200);
		assertThat(recordIds(personOf(purchaser))).doesNotContain(other);
		String possessor = "recovery:" + agency + "/R2-" + t;
		Answer joined = api.postJson("/api/v1/people/judgements",
				Map.of("recordA", possessor, "recordB", "event:" + t + "-5", "same", true));
		assertThat(joined.status()).isEqualTo(200);
		assertThat(recordIds(personOf(possessor))).contains("event:" + t + "-5");
		Answer later = api.postJson("/api/v1/people/resolve", Map.of());
		assertThat(later.status()).isEqualTo(200);
		assertThat(recordIds(personOf(purchaser))).as("a later resolution honours the judgement").doesNotContain(other);
		Answer link = api.get("/api/v1/people/links?recordA=" + purchaser + "&recordB=" + other);
		assertThat(link.json().get("judgement").get("same").asBoolean()).isFalse();
		assertThat(api.postJson("/api/v1/people/judgements", Map.of("recordA", purchaser)).status()).isEqualTo(400);
	}

	private JsonNode personOf(String recordId) {
		Answer answer = api.get("/api/v1/people?record=" + recordId);
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		return answer.json();
	}

	private static java.util.List<String> recordIds(JsonNode person) {
		java.util.List<String> ids = new java.util.ArrayList<>();
		person.get("records").forEach(record -> ids.add(record.get("recordId").asString()));
		return ids;
	}

	private String sale(String n, String first, String last, String dob, String street, String dealer) {
		return t + "-" + n + ",SOLD,2023-01-1" + n + ",S" + n + t + ",Glock,PISTOL," + dealer + "," + first + "," + last
				+ "," + dob + "," + street + ",Ciudad Juárez,CHH,32000,";
	}
}
