package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;

import org.irontrace.IntegrationTest;
import org.irontrace.access.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The link graph's neighbourhoods over real HTTP, signed in as people are: the owning agency sees
 * its dealer's guns and their named buyers (and the reading is audited); another agency sees none of
 * those recoveries without an agreement, and under an agreement without personal data sees the same
 * guns and people with no name, address or anything that spells one.
 */
@IntegrationTest
class GraphNeighboursTest {

	@LocalServerPort
	int port;

	final AuditTrail audit;

	GraphNeighboursTest(@Autowired AuditTrail audit) {
		this.audit = audit;
	}

	@Test
	void theOwningAgencySeesItsDealersGunsAndNamedPurchasers() {
		GraphWorld world = new GraphWorld(port);
		PageBrowser browser = new PageBrowser(port).signIn(world.analyst, GraphWorld.PASSWORD);

		JsonNode graph = neighbours(browser, "dealer:" + world.dealer);
		assertThat(graph.get("focus").asString()).isEqualTo("licensee:" + world.dealer);
		assertThat(labelsOf(graph, "licensee")).containsExactly("Border Guns " + world.tag);
		assertThat(idsOf(graph, "gun")).hasSize(4);
		assertThat(labelsOf(graph, "person")).containsExactlyInAnyOrder("Ana " + world.ruiz, "Luis " + world.mora);
		assertThat(kindsOfEdges(graph)).containsOnly("SOLD", "BOUGHT_FROM");
		assertThat(audit.search(world.owner, world.analyst, "READ_PERSONAL_DATA", "network:neighbours licensee:" + world.dealer,
				null, null, 10)).as("the names shown are in the audit trail").isNotEmpty();

		String ana = nodes(graph, "person").stream()
			.filter(node -> node.get("label").asString().equals("Ana " + world.ruiz))
			.map(node -> node.get("id").asString())
			.findFirst()
			.orElseThrow();
		assertThat(ana.toUpperCase()).as("ids spell no name").doesNotContain(world.ruiz.toUpperCase());
		JsonNode person = neighbours(browser, ana);
		assertThat(idsOf(person, "address")).containsExactly("address:12 ELM ST UNIT " + world.tag + ", 78040");
		assertThat(labelsOf(person, "person")).contains("Ana " + world.ruiz, "Luis " + world.mora);
		assertThat(kindsOfEdges(person)).contains("BOUGHT", "BOUGHT_FROM", "GAVE_ADDRESS", "SHARED_ADDRESS");
		assertThat(idsOf(person, "ring")).as("Ana and Luis form a ring").isNotEmpty();
		JsonNode ring = neighbours(browser, idsOf(person, "ring").get(0));
		assertThat(labelsOf(ring, "person")).contains("Ana " + world.ruiz, "Luis " + world.mora);
		assertThat(kindsOfEdges(ring)).as("a ring opens as its members and the links between them, not a star")
			.contains("IN_RING", "SHARED_ADDRESS");

		PageBrowser.Page french = browser.get("/app/graph?lang=fr&focus=" + URLEncoder.encode("dealer:" + world.dealer, StandardCharsets.UTF_8));
		assertThat(french.status()).isEqualTo(200);
		assertThat(french.html()).contains("Graphe des liens", "\"kind.licensee\":\"Armurier\"", "/app/graph/export?format=gexf")
			.doesNotContain("onclick", " style=\"");
		assertThat(detailsOf(neighbours(browser, ana))).as("why two people are linked, in the reader's language")
			.contains("des armes achetées par l’un et l’autre ont été saisies sur une personne du même nom (" + world.owner + ")");
		JsonNode frenchDealer = neighbours(browser, "dealer:" + world.dealer);
		assertThat(nodeDetailsOf(frenchDealer, "gun")).as("a gun's type in the reader's language")
			.contains("19 · Pistolet 9x19mm").noneSatisfy(detail -> assertThat(detail).contains("PISTOL"));
		JsonNode frenchGun = neighbours(browser, idsOf(frenchDealer, "gun").get(0));
		assertThat(nodeDetailsOf(frenchGun, "recovery")).as("a recovery's crime in the reader's language")
			.isNotEmpty().allSatisfy(detail -> assertThat(detail).endsWith(" · Homicide"));

		PageBrowser.Page nodes = browser.get("/app/graph/export?format=csv-nodes");
		assertThat(nodes.status()).isEqualTo(200);
		assertThat(nodes.html()).startsWith("Id,Label,kind").contains("Ana " + world.ruiz, "licensee:" + world.dealer);
		assertThat(browser.get("/app/graph/export?format=pdf").status()).isEqualTo(400);

		JsonNode onlyGuns = neighbours(browser, "dealer:" + world.dealer + "&types=gun&from=2020-01-01");
		assertThat(idsOf(onlyGuns, "person")).as("filtered by kind").isEmpty();
		assertThat(idsOf(onlyGuns, "gun")).as("guns recovered from 2020 on").hasSize(2);
	}

	@Test
	void anotherAgencySeesNoRecoveriesWithoutAnAgreementAndNoNamesBelowFull() {
		GraphWorld world = new GraphWorld(port);
		PageBrowser other = new PageBrowser(port).signIn(world.otherAnalyst, GraphWorld.PASSWORD);

		JsonNode alone = neighbours(other, "dealer:" + world.dealer);
		assertThat(idsOf(alone, "gun")).isEmpty();
		assertThat(idsOf(alone, "recovery")).isEmpty();
		assertThat(idsOf(alone, "person")).isEmpty();
		assertThat(neighbours(other, "recovery:" + world.owner + "/R1").get("nodes")).as("another agency's recovery").isEmpty();
		assertThat(other.get("/app/graph/export?format=graphml").html()).contains("<graphml").doesNotContain(world.ruiz, world.tag + "1");

		world.grantLeads("RECORDS_WITHOUT_PERSONAL_DATA");
		JsonNode shared = neighbours(other, "dealer:" + world.dealer);
		assertThat(idsOf(shared, "gun")).hasSize(4);
		assertThat(idsOf(shared, "person")).hasSize(2).allSatisfy(id -> assertThat(id).startsWith("person:~"));
		assertThat(shared.toString().toUpperCase()).doesNotContain(world.ruiz.toUpperCase(), world.mora.toUpperCase(), "1985-02-03");

		JsonNode person = neighbours(other, idsOf(shared, "person").get(0));
		assertThat(idsOf(person, "gun")).as("a withheld person can still be expanded").hasSize(2);
		assertThat(idsOf(person, "address")).isEmpty();
		assertThat(person.toString().toUpperCase()).doesNotContain(world.ruiz.toUpperCase(), world.mora.toUpperCase(), "ELM ST",
				"PARAMO");
		assertThat(audit.search(world.other, world.otherAnalyst, "READ_PERSONAL_DATA", "network:neighbours", null, null, 10)).isEmpty();

		// Rings take their id from a member's key: below FULL they are shown, and expanded, under a digest.
		for (String ring : idsOf(person, "ring")) {
			assertThat(ring).startsWith("ring:~");
			JsonNode members = neighbours(other, ring);
			assertThat(idsOf(members, "person")).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("person:~"));
			assertThat(members.toString().toUpperCase()).doesNotContain(world.ruiz.toUpperCase(), world.mora.toUpperCase());
		}
	}

	private static JsonNode neighbours(PageBrowser browser, String nodeAndMore) {
		int and = nodeAndMore.indexOf('&');
		String node = and < 0 ? nodeAndMore : nodeAndMore.substring(0, and);
		String more = and < 0 ? "" : nodeAndMore.substring(and);
		PageBrowser.Page page = browser.get("/app/graph/neighbours?node=" + URLEncoder.encode(node, StandardCharsets.UTF_8) + more);
		assertThat(page.status()).as(page.html()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(page.html());
	}

	private static List<String> idsOf(JsonNode graph, String kind) {
		return nodes(graph, kind).stream().map(node -> node.get("id").asString()).toList();
	}

	private static List<String> labelsOf(JsonNode graph, String kind) {
		return nodes(graph, kind).stream().map(node -> node.get("label").asString()).toList();
	}

	private static List<JsonNode> nodes(JsonNode graph, String kind) {
		return StreamSupport.stream(graph.get("nodes").spliterator(), false)
			.filter(node -> node.get("kind").asString().equals(kind)).toList();
	}

	private static List<String> nodeDetailsOf(JsonNode graph, String kind) {
		return nodes(graph, kind).stream().map(node -> node.path("detail").asString("")).toList();
	}

	private static List<String> detailsOf(JsonNode graph) {
		return StreamSupport.stream(graph.get("edges").spliterator(), false).map(edge -> edge.path("detail").asString(""))
			.toList();
	}

	private static List<String> kindsOfEdges(JsonNode graph) {
		return StreamSupport.stream(graph.get("edges").spliterator(), false).map(edge -> edge.get("kind").asString()).distinct().toList();
	}
}
