package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.irontrace.IntegrationTest;
import org.irontrace.webapp.PageBrowser.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The leads queue and a lead's page: filtered by type and status, the evidence in the reader's
 * language, status, outcome and owner changed through the page's form (with its CSRF token), and a
 * lead of another agency hidden without an agreement.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadPagesTest {

	@LocalServerPort
	int port;

	SearchWorld world;

	@BeforeAll
	void aWorldWithLeads() {
		world = new SearchWorld(port);
	}

	PageBrowser signedIn(String username) {
		return new PageBrowser(port).signIn(username, SearchWorld.PASSWORD);
	}

	@Test
	void theQueueNarrowsByTypeAndStatus() {
		long person = world.leadId("PERSON");
		long dealer = world.leadId("DEALER");
		PageBrowser analyst = signedIn(world.mxAnalyst);
		Page people = analyst.get("/app/leads?lang=en&type=PERSON");
		assertThat(people.html()).contains("/app/leads/" + person + "\"", "Multiple sale")
			.doesNotContain("/app/leads/" + dealer + "\"");
		assertThat(people.html()).as("a line says whether the queue has caught up with the latest work")
			.containsPattern("id=\"leads-upkeep\"[^>]*>\\s*<span>(Up to date with every trace and import\\.|Bringing in \\d+ recent trace|Recomputing every lead)");
		assertThat(analyst.get("/app/leads?type=DEALER").html()).contains("/app/dealers/" + world.dealer);
		assertThat(analyst.get("/app/leads?type=PERSON&status=CLOSED").html()).doesNotContain("/app/leads/" + person + "\"");
	}

	@Test
	void aLeadIsWordedInTheReadersLanguageAndItsWorkIsRecordedFromItsPage() {
		long id = world.leadId("PERSON");
		PageBrowser analyst = signedIn(world.mxAnalyst);
		Page lead = analyst.get("/app/leads/" + id + "?lang=es");
		assertThat(lead.status()).isEqualTo(200);
		assertThat(lead.html()).contains("Venta múltiple", "Tiempo hasta el delito menor de 1 año",
				"El comprador no es el poseedor", world.buyerLastName, "Nueva", "/app/trace?agency=" + world.mx);
		assertThat(lead.html()).as("titled in words, not by its number alone")
			.containsPattern("<h1>Pista " + id + ": Probable prestanombres: \\d+ armas? del delito comprad");
		assertThat(analyst.post("/app/leads/" + id, Map.of("status", "CLOSED")).status()).as("a forged form").isEqualTo(403);
		Page wrong = analyst.submit(lead, "/app/leads/" + id, Map.of("status", "MAYBE"));
		assertThat(wrong.status()).isEqualTo(400);
		Page saved = analyst.submit(lead, "/app/leads/" + id,
				Map.of("status", "REFERRED", "outcome", "CHARGED", "owner", world.mxAnalyst));
		assertThat(saved.status()).isEqualTo(303);
		Page after = analyst.follow(saved);
		assertThat(after.html()).contains("Se guardaron sus cambios", "Remitida a otra agencia", "Imputación", world.mxAnalyst);
		JsonNode stored = world.operator.get("/api/v1/leads/" + id).json();
		assertThat(stored.get("status").asString()).isEqualTo("REFERRED");
		assertThat(stored.get("outcome").asString()).isEqualTo("CHARGED");
		assertThat(world.audit(world.mxAnalyst, "LEAD_UPDATED")).contains("lead:" + id);
	}

	@Test
	void theEnginesSentencesAreWrittenInSpanishAndFrench() {
		long id = world.leadId("PERSON");
		PageBrowser analyst = signedIn(world.mxAnalyst);
		String spanish = analyst.get("/app/leads/" + id + "?lang=es").html();
		assertThat(spanish).contains("<q lang=\"es\">", "en manos de otra persona, no del comprador: ",
				"días después de la venta", ": una venta múltiple").doesNotContain("someone else, not the buyer");
		String french = analyst.get("/app/leads/" + id + "?lang=fr").html();
		assertThat(french).contains("<q lang=\"fr\">", "entre les mains d’une autre personne que l’acheteur : ",
				"jours après la vente", " : une vente multiple").doesNotContain("someone else, not the buyer");
	}

	@Test
	void theDealerLeadOnATraceResultIsSummedUpInTheReadersLanguage() {
		String traceId = new org.irontrace.ApiClient(port).login(world.mxAnalyst, SearchWorld.PASSWORD)
			.postJson("/api/v1/traces", Map.of("agency", world.mx, "recoveryId", "R1")).json().get("traceId").asString();
		PageBrowser analyst = signedIn(world.mxAnalyst);
		assertThat(analyst.get("/app/traces/" + traceId + "?lang=es").html())
			.contains(world.dealerName + " (TX): 2 armas del delito", "veces la tasa de armas del delito del estado");
		assertThat(analyst.get("/app/traces/" + traceId + "?lang=fr").html())
			.contains(world.dealerName + " (TX) : 2 armes du crime", "fois le taux d’armes du crime de l’État");
	}

	@Test
	void anotherAgencysLeadIsHiddenWithoutAnAgreement() {
		long id = world.leadId("PERSON");
		PageBrowser jamaica = signedIn(world.jmAnalyst);
		assertThat(jamaica.get("/app/leads/" + id).status()).isEqualTo(404);
		assertThat(jamaica.get("/app/leads?type=PERSON").html()).doesNotContain("/app/leads/" + id + "\"");
	}
}
