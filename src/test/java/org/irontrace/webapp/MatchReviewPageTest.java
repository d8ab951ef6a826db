package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.webapp.PageBrowser.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Match review: refused to anyone but the installation's operators; an operator sees the pair the
 * model is least sure of, field by field, judges it, and the judgement is kept, audited, takes the
 * pair off the queue and decides the people from then on.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchReviewPageTest {

	static final Pattern RECORD = Pattern.compile("id=\"record-(a|b)\">([^<]+)<");

	@LocalServerPort
	int port;

	SearchWorld world;

	@BeforeAll
	void aWorldWithPeopleResolved() {
		world = new SearchWorld(port);
		// The same possessor written without the accent, in another recovery: a pair to review.
		ApiClient.Answer more = new ApiClient(port).login(world.mxAnalyst, SearchWorld.PASSWORD).postCsv(
				"/api/v1/imports/recoveries", org.irontrace.LedgerFixtures.csv(org.irontrace.LedgerFixtures.RECOVERIES_HEADER,
						"R4," + world.mx + ",2021-01-01,MX,TAM,Reynosa,HOMICIDE," + world.tag + "44,N,,Glock,,,,PISTOLA,,Pedro,Paramo"));
		assertThat(more.status()).as(more.text()).isEqualTo(200);
		ApiClient.Answer resolved = world.operator.postJson("/api/v1/people/resolve", Map.of());
		assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
	}

	@Test
	void anAnalystOfAnAgencyIsRefused() {
		PageBrowser analyst = new PageBrowser(port).signIn(world.mxAnalyst, SearchWorld.PASSWORD);
		Page refused = analyst.get("/app/matches?lang=en");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.html()).doesNotContain("id=\"record-a\"", "href=\"/app/matches\"");
		assertThat(analyst.post("/app/matches", Map.of("recordA", "a", "recordB", "b", "same", "true")).status())
			.isEqualTo(403);
	}

	@Test
	void aJudgementIsRecordedAndHonoured() {
		PageBrowser operator = new PageBrowser(port).signIn("admin", ApiClient.ADMIN_PASSWORD);
		assertThat(operator.get("/app/matches?lang=es").html()).as("the explanation in Spanish")
			.contains("Probabilidad de coincidencia", "<th scope=\"row\">Apellido</th>", "<th scope=\"row\">Nombre</th>")
			.doesNotContain(">last name<", ">different<", ">missing<", ">exact<", "Jaro-Winkler &gt;= 0.");
		assertThat(operator.get("/app/matches?lang=fr").html()).as("the explanation in French")
			.contains("Probabilité de correspondance", "<th scope=\"row\">Nom</th>", "<th scope=\"row\">Prénom</th>")
			.doesNotContain(">last name<", ">different<", ">missing<", "Jaro-Winkler &gt;= 0.");
		Page review = operator.get("/app/matches?lang=en");
		assertThat(review.status()).isEqualTo(200);
		assertThat(review.html()).as("a pair waits").contains("id=\"record-a\"", "Match probability", "Weight (bits)",
				"Same person", "Not the same");
		List<String> pair = pair(review);
		Page judged = operator.submit(review, "/app/matches",
				Map.of("recordA", pair.get(0), "recordB", pair.get(1), "same", "false", "note", "different mothers"));
		assertThat(judged.status()).isEqualTo(303);
		Page next = operator.follow(judged);
		assertThat(next.html()).contains("Recorded: not the same person");
		if (next.html().contains("id=\"record-a\"")) {
			assertThat(pair(next)).as("the judged pair leaves the queue").isNotEqualTo(pair);
		}
		assertThat(world.operator.get("/api/v1/audit?action=JUDGEMENT").status()).isIn(200, 403);
		JsonNode link = world.operator.get("/api/v1/people/links?recordA=" + pair.get(0) + "&recordB=" + pair.get(1)).json();
		assertThat(link.get("judgement").get("same").asBoolean()).isFalse();
		assertThat(link.get("samePerson").asBoolean(true)).as("kept apart").isFalse();
	}

	private static List<String> pair(Page page) {
		Matcher records = RECORD.matcher(page.html());
		String a = null;
		String b = null;
		while (records.find()) {
			if (records.group(1).equals("a")) {
				a = records.group(2);
			}
			else {
				b = records.group(2);
			}
		}
		assertThat(a).isNotNull();
		assertThat(b).isNotNull();
		return List.of(a, b);
	}
}
