package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ballistic thread end to end: two guns bought years apart by strangers fired at one crime scene;
 * the scene joins both guns in the link graph, their purchasers are linked by ballistics, the gun page
 * shows the thread, another agency sees none of it, a gun an examiner had linked before it was
 * recovered joins the thread when it is, and a hit between guns already traced joins their people
 * after its import.
 */
@IntegrationTest
class BallisticThreadTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final String t = LedgerFixtures.uniqueTag();

	final String owner = "MX-" + t;

	@Test
	void gunsFiredAtOneSceneAreOneThread() {
		ApiClient operator = new ApiClient(port);
		String analyst = "bal-" + t.toLowerCase();
		ApiClient agency = operator.newAgencyWithAnalyst(owner, "MX", analyst);
		String stranger = "baljm-" + t.toLowerCase();
		operator.newAgencyWithAnalyst("JM-" + t, "JM", stranger);
		String dealer = "D-" + t;
		accepted(operator.postCsv("/api/v1/imports/licensees", csv(LICENSEES_HEADER, dealer + ",01,Guns " + t + ",,Tucson,AZ,,US,")), 1);
		accepted(operator.postCsv("/api/v1/imports/commerce-events", csv(GraphWorld.EVENTS_HEADER,
				t + "-1,SOLD,2014-01-10," + t + "1,Glock,19,9mm,PISTOL," + dealer + ",Ana,Alba" + t + ",1980-01-01,1 Oak St,Tucson,AZ,85701",
				t + "-2,SOLD,2017-06-01," + t + "2,Glock,17,9mm,PISTOL," + dealer + ",Beto,Bravo" + t + ",1975-05-05,9 Pine Rd,Tucson,AZ,85702",
				t + "-3,SOLD,2010-02-02," + t + "3,Colt,M4,5.56,RIFLE," + dealer + ",Carla,Cruz" + t + ",1970-03-03,5 Elm Av,Tucson,AZ,85703")), 3);
		accepted(agency.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER,
				"R1," + owner + ",2019-05-01,MX,SON,Nogales,HOMICIDE," + t + "1,N,,Glock,,,,,,,",
				"R2," + owner + ",2019-08-01,MX,SON,Hermosillo,ASSAULT," + t + "2,N,,Glock,,,,,,,")), 2);
		accepted(agency.postCsv("/api/v1/imports/ballistic-links", csv("link_id,agency,item_a,item_b,link_date,confidence",
				"L1," + owner + ",recovery:" + owner + "/R1,case:" + owner + "/C1,2019-09-01,CONFIRMED",
				"L2," + owner + ",case:" + owner + "/C1,recovery:" + owner + "/R2,2019-09-02,",
				"L3," + owner + ",recovery:" + owner + "/R3,recovery:" + owner + "/R1,2019-09-03,PROBABLE")), 3);
		for (String recovery : List.of("R1", "R2")) {
			assertThat(agency.postJson("/api/v1/traces", Map.of("agency", owner, "recoveryId", recovery)).status()).isEqualTo(200);
		}
		assertThat(operator.post("/api/v1/leads/refresh", "application/json", "").status()).isEqualTo(200);

		assertThat(ballisticLinks()).as("the purchasers of both guns, through the scene, confirmed")
			.containsExactly("Ana Alba" + t + " | Beto Bravo" + t + " | 2");

		PageBrowser browser = new PageBrowser(port).signIn(analyst, ApiClient.ANALYST_PASSWORD);
		JsonNode scene = neighbours(browser, "case:" + owner + "/C1");
		assertThat(ids(scene, "recovery")).as("the scene joins the guns that fired there")
			.containsExactlyInAnyOrder("recovery:" + owner + "/R1", "recovery:" + owner + "/R2");
		assertThat(ids(scene, "case")).containsExactly("case:" + owner + "/C1");
		assertThat(edgeKinds(scene)).containsOnly("BALLISTIC_HIT");
		JsonNode first = neighbours(browser, "recovery:" + owner + "/R1");
		assertThat(ids(first, "case")).containsExactly("case:" + owner + "/C1");
		assertThat(ids(first, "recovery")).as("a gun linked before it was recovered").contains("recovery:" + owner + "/R3");
		JsonNode gunNode = neighbours(browser, ids(first, "gun").get(0));
		assertThat(ids(gunNode, "case")).as("a gun's scenes, through its recoveries").containsExactly("case:" + owner + "/C1");
		String ana = nodes(gunNode, "person").stream().filter(node -> node.get("label").asString().contains("Alba" + t))
			.map(node -> node.get("id").asString()).findFirst().orElseThrow();
		JsonNode person = neighbours(browser, ana);
		assertThat(edgeKinds(person)).contains("BALLISTIC_LINK");
		assertThat(labels(person, "person")).contains("Beto Bravo" + t);

		PageBrowser.Page gun = browser.get("/app/guns/" + t + "1?lang=en");
		assertThat(gun.status()).isEqualTo(200);
		assertThat(gun.html()).contains("Ballistic thread", owner + "/R2", owner + "/C1", owner + "/R3", "Probable", "Confirmed");

		PageBrowser other = new PageBrowser(port).signIn(stranger, ApiClient.ANALYST_PASSWORD);
		assertThat(neighbours(other, "case:" + owner + "/C1").get("nodes")).as("another agency's scene").isEmpty();
		assertThat(other.get("/app/guns/" + t + "1?lang=en").html()).doesNotContain(owner + "/C1");

		// The gun the examiner linked first is recovered and traced: it joins the thread (a probable hit, weaker).
		accepted(agency.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER,
				"R3," + owner + ",2020-01-15,MX,SON,Nogales,HOMICIDE," + t + "3,N,,Colt,,,,,,,")), 1);
		assertThat(agency.postJson("/api/v1/traces", Map.of("agency", owner, "recoveryId", "R3")).status()).isEqualTo(200);
		assertThat(operator.post("/api/v1/leads/refresh?agency=" + owner + "&recoveryId=R3", "application/json", "").status())
			.isEqualTo(200);
		assertThat(ballisticLinks()).containsExactlyInAnyOrder("Ana Alba" + t + " | Beto Bravo" + t + " | 2",
				"Ana Alba" + t + " | Carla Cruz" + t + " | 1");

		// A hit between two guns already traced links their people on its own, shortly after the import.
		accepted(agency.postCsv("/api/v1/imports/ballistic-links", csv("link_id,agency,item_a,item_b,link_date,confidence",
				"L4," + owner + ",recovery:" + owner + "/R2,recovery:" + owner + "/R3,2020-02-01,CONFIRMED")), 1);
		String expected = "Beto Bravo" + t + " | Carla Cruz" + t + " | 2";
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (!ballisticLinks().contains(expected) && System.nanoTime() < deadline) {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		assertThat(ballisticLinks()).contains(expected);
		// The leads say when they have caught up: then nothing waits for its hits any more.
		for (int i = 0; i < 600 && !operator.get("/api/v1/leads/status").json().get("settled").asBoolean(); i++) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		assertThat(operator.get("/api/v1/leads/status").json().get("settled").asBoolean()).isTrue();
		assertThat(jdbc.sql("SELECT count(*) FROM network_ballistic_pending WHERE agency = ?").param(owner).query(Long.class).single())
			.as("nothing left waiting").isZero();

		// The operators' person page shows the thread of the person's guns.
		assertThat(operator.postJson("/api/v1/people/resolve", Map.of()).status()).isEqualTo(200);
		assertThat(operator.post("/api/v1/leads/refresh", "application/json", "").status()).isEqualTo(200);
		String personId = operator.get("/api/v1/people?record=event:" + t + "-1").json().get("personId").asString();
		PageBrowser.Page page = new PageBrowser(port).signIn("admin", ApiClient.ADMIN_PASSWORD).get("/app/people/" + personId + "?lang=en");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("Ballistic thread", owner + "/R2", owner + "/C1", owner + "/R3");
	}

	/** The ballistic links between this world's people, by their names, with their strength. */
	private List<String> ballisticLinks() {
		return jdbc.sql("""
				SELECT concat_ws(' | ', least(pa.first_name || ' ' || pa.last_name, pb.first_name || ' ' || pb.last_name),
				                 greatest(pa.first_name || ' ' || pa.last_name, pb.first_name || ' ' || pb.last_name), l.strength)
				FROM network_link l JOIN network_person pa ON pa.person_id = l.a JOIN network_person pb ON pb.person_id = l.b
				WHERE l.kind = 'BALLISTIC_LINK' AND :owner = ANY(l.agencies) ORDER BY 1
				""").param("owner", owner).query(String.class).list();
	}

	private static void accepted(ApiClient.Answer answer, int rows) {
		assertThat(answer.json().get("accepted").asInt()).as(answer.text()).isEqualTo(rows);
	}

	private static JsonNode neighbours(PageBrowser browser, String node) {
		PageBrowser.Page page = browser.get("/app/graph/neighbours?node=" + URLEncoder.encode(node, StandardCharsets.UTF_8));
		assertThat(page.status()).as(page.html()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(page.html());
	}

	private static List<JsonNode> nodes(JsonNode graph, String kind) {
		return StreamSupport.stream(graph.get("nodes").spliterator(), false).filter(node -> node.get("kind").asString().equals(kind))
			.toList();
	}

	private static List<String> ids(JsonNode graph, String kind) {
		return nodes(graph, kind).stream().map(node -> node.get("id").asString()).toList();
	}

	private static List<String> labels(JsonNode graph, String kind) {
		return nodes(graph, kind).stream().map(node -> node.get("label").asString()).toList();
	}

	private static List<String> edgeKinds(JsonNode graph) {
		return StreamSupport.stream(graph.get("edges").spliterator(), false).map(edge -> edge.get("kind").asString()).toList();
	}
}
