package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.access.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Picking a node by name and the shortest path over the whole graph, through the API over real
 * HTTP: the owning agency picks its purchasers by name, its dealer by name, a gun by serial and a
 * recovery by its incident, and finds how a purchaser reaches another's recovery; another agency
 * finds none of those people, and no path, until an agreement lets it see the records, and even then
 * no name.
 */
@IntegrationTest
class GraphPathAndPickerTest {

	@LocalServerPort
	int port;

	final AuditTrail audit;

	GraphPathAndPickerTest(@Autowired AuditTrail audit) {
		this.audit = audit;
	}

	@Test
	void theOwningAgencyPicksByNameAndFindsTheShortestPathOverTheWholeGraph() {
		GraphWorld world = new GraphWorld(port);
		ApiClient analyst = new ApiClient(port).login(world.analyst, GraphWorld.PASSWORD);

		JsonNode ana = single(picks(analyst, "ana " + world.ruiz.toLowerCase()), "person");
		assertThat(ana.get("label").asString()).isEqualTo("Ana " + world.ruiz);
		assertThat(ana.get("detail").asString()).as("two namesakes told apart by birth date").isEqualTo("1985-02-03");
		assertThat(single(picks(analyst, "border guns " + world.tag), "licensee").get("id").asString())
			.isEqualTo("licensee:" + world.dealer);
		assertThat(single(picks(analyst, world.tag + "3"), "gun").get("label").asString()).isEqualTo("Colt " + world.tag + "3");
		JsonNode seized = single(picks(analyst, world.incident), "recovery");
		assertThat(seized.get("id").asString()).isEqualTo("recovery:" + world.owner + "/R4");
		assertThat(seized.get("incident").asString()).isEqualTo(world.incident);
		assertThat(analyst.get("/api/v1/network/nodes?match=a").status()).as("one letter matches too much").isEqualTo(400);
		assertThat(audit.search(world.owner, world.analyst, "READ_PERSONAL_DATA", "network:nodes", null, null, 10)).isNotEmpty();

		// Ana to the gun Luis bought and lost in Juarez: through the address they share, or the dealer.
		JsonNode path = path(analyst, ana.get("id").asString(), "recovery:" + world.owner + "/R4", 200);
		assertThat(path.get("found").asBoolean()).isTrue();
		assertThat(path.get("steps").asInt()).isEqualTo(3);
		List<String> ids = ids(path);
		assertThat(ids).hasSize(4).startsWith(ana.get("id").asString()).endsWith("recovery:" + world.owner + "/R4");
		assertThat(ids.get(2)).isEqualTo("gun:Colt " + world.tag + "4");
		for (int step = 0; step < 3; step++) {
			JsonNode tie = path.get("edges").get(step);
			assertThat(List.of(tie.get("source").asString(), tie.get("target").asString()))
				.as("tie %d joins the nodes before and after it", step).containsExactlyInAnyOrder(ids.get(step), ids.get(step + 1));
		}
		assertThat(audit.search(world.owner, world.analyst, "READ_PERSONAL_DATA", "network:path", null, null, 10)).isNotEmpty();

		// Another world's dealer is no chain of ties away: a normal answer, not an error.
		GraphWorld elsewhere = new GraphWorld(port);
		JsonNode none = path(new ApiClient(port), "dealer:" + world.dealer, "dealer:" + elsewhere.dealer, 200);
		assertThat(none.get("found").asBoolean()).isFalse();
		assertThat(none.get("mostSteps").asInt()).isEqualTo(8);
		assertThat(none.get("nodes")).isEmpty();

		assertThat(path(analyst, "dealer:NO-SUCH-" + world.tag, "dealer:" + world.dealer, 404).toString()).contains("no node");
		assertThat(path(analyst, "dealer:" + world.dealer, "licensee:" + world.dealer, 400).toString()).contains("same node");
		assertThat(path(analyst, "nonsense", "dealer:" + world.dealer, 400).toString()).contains("kind:key");
		assertThat(analyst.get("/api/v1/network/path?from=dealer:" + world.dealer).status()).isEqualTo(400);
	}

	@Test
	void anotherAgencyFindsNoOneByNameAndNoPathThroughRecordsItMayNotSee() {
		GraphWorld world = new GraphWorld(port);
		ApiClient owner = new ApiClient(port).login(world.analyst, GraphWorld.PASSWORD);
		String ana = single(picks(owner, "Ana " + world.ruiz), "person").get("id").asString();
		ApiClient other = new ApiClient(port).login(world.otherAnalyst, GraphWorld.PASSWORD);

		assertThat(picks(other, world.ruiz)).as("another agency's purchaser").isEmpty();
		assertThat(picks(other, "Border Guns " + world.tag)).as("a dealer whose crime guns it may not see").isEmpty();
		assertThat(picks(other, world.tag + "1")).isEmpty();
		path(other, ana, "dealer:" + world.dealer, 404);
		path(other, "dealer:" + world.dealer, "recovery:" + world.owner + "/R1", 404);

		world.grantLeads("RECORDS_WITHOUT_PERSONAL_DATA");
		assertThat(picks(other, world.ruiz)).as("below FULL a name finds no one").isEmpty();
		assertThat(picks(other, "Paramo" + world.tag)).isEmpty();
		assertThat(single(picks(other, "Border Guns " + world.tag), "licensee").get("id").asString())
			.isEqualTo("licensee:" + world.dealer);
		path(other, ana, "dealer:" + world.dealer, 404);

		JsonNode path = path(other, "recovery:" + world.owner + "/R1", "recovery:" + world.owner + "/R4", 200);
		assertThat(path.get("found").asBoolean()).isTrue();
		assertThat(ids(path)).filteredOn(id -> id.startsWith("person:")).allSatisfy(id -> assertThat(id).startsWith("person:~"));
		assertThat(path.toString().toUpperCase()).doesNotContain(world.ruiz.toUpperCase(), world.mora.toUpperCase(), "ELM ST",
				"PARAMO");
		assertThat(audit.search(world.other, world.otherAnalyst, "READ_PERSONAL_DATA", "network:", null, null, 10)).isEmpty();
	}

	private static List<JsonNode> picks(ApiClient client, String typed) {
		ApiClient.Answer answer = client.get("/api/v1/network/nodes?match=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		return StreamSupport.stream(answer.json().spliterator(), false).toList();
	}

	private static JsonNode single(List<JsonNode> picks, String kind) {
		List<JsonNode> ofKind = picks.stream().filter(pick -> pick.get("kind").asString().equals(kind)).toList();
		assertThat(ofKind).as("picks of kind %s in %s", kind, picks).hasSize(1);
		return ofKind.get(0);
	}

	private static JsonNode path(ApiClient client, String from, String to, int status) {
		ApiClient.Answer answer = client.get("/api/v1/network/path?from=" + URLEncoder.encode(from, StandardCharsets.UTF_8) + "&to="
				+ URLEncoder.encode(to, StandardCharsets.UTF_8));
		assertThat(answer.status()).as(answer.text()).isEqualTo(status);
		return answer.json();
	}

	private static List<String> ids(JsonNode path) {
		return StreamSupport.stream(path.get("nodes").spliterator(), false).map(node -> node.get("id").asString()).toList();
	}
}
