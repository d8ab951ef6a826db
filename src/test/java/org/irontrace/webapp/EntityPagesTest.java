package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.webapp.PageBrowser.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The pages of one gun, one dealer, one person and one ring, each linking to the records related to
 * it: the gun to its dealer and traces, the dealer to its guns, lead and the link graph, the person
 * (operators only) to their recoveries, links and lead.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityPagesTest {

	@LocalServerPort
	int port;

	SearchWorld world;

	@BeforeAll
	void aWorldWithTracedRecoveriesAndLeads() {
		world = new SearchWorld(port);
	}

	PageBrowser analyst() {
		return new PageBrowser(port).signIn(world.mxAnalyst, SearchWorld.PASSWORD);
	}

	PageBrowser operator() {
		return new PageBrowser(port).signIn("admin", ApiClient.ADMIN_PASSWORD);
	}

	@Test
	void aGunShowsItsChainItsRecoveriesAndTracesAndLeadsToItsDealer() {
		Page gun = analyst().get("/app/guns/" + world.serial1 + "?lang=en");
		assertThat(gun.status()).isEqualTo(200);
		assertThat(gun.html()).contains("Sold at retail", "/app/dealers/" + world.dealer, world.dealerName, "Pedro Páramo",
				"/app/traces/", "Completed", "to a purchaser (name seen through a trace)");
		assertThat(gun.html()).as("purchasers on sale forms are for traces and operators").doesNotContain(world.buyerLastName);
		assertThat(operator().get("/app/guns/" + world.serial1 + "?lang=en").html()).contains(world.buyerLastName);
		assertThat(analyst().get("/app/guns/NOSUCH" + world.tag).status()).isEqualTo(404);
	}

	@Test
	void aDealerShowsItsFiguresItsGunsItsLeadAndOpensInTheGraph() {
		Page dealer = analyst().get("/app/dealers/" + world.dealer + "?lang=en");
		assertThat(dealer.status()).isEqualTo(200);
		assertThat(dealer.html()).contains(world.dealerName, "Open in the link graph",
				"/app/graph?focus=dealer:" + world.dealer, "/app/guns/" + world.serial1, "/app/guns/" + world.serial2,
				"1,000 retail sales", "/app/leads/" + world.leadId("DEALER"));
		assertThat(dealer.html()).contains("id=\"dealer-sales\">2<", "id=\"dealer-traces\">2<");
		Page elsewhere = new PageBrowser(port).signIn(world.jmAnalyst, SearchWorld.PASSWORD).get("/app/dealers/" + world.dealer);
		assertThat(elsewhere.html()).as("another agency sees the dealer, not the recoveries it may not see")
			.contains(world.dealerName).doesNotContain(world.mx + " · R1");
		assertThat(analyst().get("/app/dealers/NOSUCH-" + world.tag).status()).isEqualTo(404);
	}

	@Test
	void aPersonIsForOperatorsAndLinksToRecordsLinksAndLead() {
		assertThat(world.operator.postJson("/api/v1/people/resolve", java.util.Map.of()).status()).isEqualTo(200);
		String personId = world.operator.get("/api/v1/people?record=event:" + world.tag + "-1").json().get("personId").asString();
		Page person = operator().get("/app/people/" + personId + "?lang=en");
		assertThat(person.status()).isEqualTo(200);
		assertThat(person.html()).contains(world.buyerLastName, world.buyerDob, "on sale form " + world.tag + "-1",
				"on sale form " + world.tag + "-2", "Links to other people", "Rings");
		assertThat(operator().get("/app/search?q=" + world.buyerLastName).html()).as("operators find people by name")
			.contains("/app/people/" + personId);
		assertThat(analyst().get("/app/search?q=" + world.buyerLastName).html()).doesNotContain("/app/people/");
		Page refused = analyst().get("/app/people/" + personId);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.html()).doesNotContain(world.buyerLastName);
	}

	@Test
	void aRingShowsItsMembersDealersGunsAndCorridors() {
		JsonNode rings = world.operator.get("/api/v1/network/rings?limit=1").json();
		if (rings.size() > 0) {
			String ringId = rings.get(0).get("ringId").asString();
			Page ring = operator().get("/app/rings/" + ringId.replace(" ", "%20") + "?lang=en");
			assertThat(ring.status()).isEqualTo(200);
			assertThat(ring.html()).contains("Members", "/app/people/", "/app/dealers/", "Corridors");
		}
		assertThat(analyst().get("/app/rings/R-NOSUCH" + world.tag).status()).isEqualTo(404);
	}
}
