package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.webapp.PageBrowser.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An analyst signs in, lists the agency's recoveries and traces one, in Spanish and in French. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesJourneyTest {

	@LocalServerPort
	int port;

	WebAppWorld world;

	@BeforeAll
	void anAgencyWithOneRecoveredGun() {
		world = new WebAppWorld(port);
	}

	PageBrowser analyst() {
		return new PageBrowser(port).signIn(world.analyst, WebAppWorld.PASSWORD);
	}

	@Test
	void pagesAskForASignInAndThenShowTheAgencyInSpanish() {
		PageBrowser browser = new PageBrowser(port);
		assertThat(browser.get("/app").location()).endsWith("/login");
		Page wrong = browser.submit(browser.get("/login"), "/login", Map.of("username", world.analyst, "password", "nope"));
		assertThat(browser.follow(wrong).html()).contains("Usuario o contraseña incorrectos");
		Page home = browser.signIn(world.analyst, WebAppWorld.PASSWORD).get("/app");
		assertThat(home.html()).contains("<html lang=\"es\"", "Su agencia: " + world.agency, "Analista");
	}

	@Test
	void aFormPostedWithoutItsTokenIsRefused() {
		Page forged = analyst().post("/app/trace", Map.of("agency", world.agency, "recoveryId", "R1"));
		assertThat(forged.status()).isEqualTo(403);
	}

	@Test
	void theRecoveryListShowsPossessorsAndLeadsToTheTraceForm() {
		Page list = analyst().get("/app/recoveries?agency=" + world.agency);
		assertThat(list.html()).contains("Pedro Paramo", "Homicidio", "Pistola",
				"/app/trace?agency=" + world.agency + "&amp;recoveryId=R1");
	}

	@Test
	void aMissingFieldIsNamedAtTheTopAndLinkedToItsFieldThenTheFixedFormTraces() {
		PageBrowser browser = analyst();
		Page form = browser.get("/app/trace");
		assertThat(form.html()).contains("value=\"" + world.agency + "\"");
		Page problems = browser.submit(form, "/app/trace", Map.of("agency", world.agency, "recoveryId", " "));
		assertThat(problems.html()).contains("class=\"error-summary\"", "href=\"#recoveryId\"",
				"Indique el identificador de la recuperación", "aria-invalid=\"true\"");
		Page traced = browser.submit(problems, "/app/trace", Map.of("agency", world.agency, "recoveryId", "R1"));
		assertThat(traced.status()).isEqualTo(303);
		Page result = browser.follow(traced);
		assertThat(result.html()).contains("Completado", "Ana Ruiz", "Vendida al por menor", "datetime=\"2019-03-01\"",
				"306 días", "menos de un año. Indicio fuerte de tráfico");
		ApiClient auditor = new ApiClient(port).login(world.auditor, WebAppWorld.PASSWORD);
		assertThat(auditor.get("/api/v1/audit?username=" + world.analyst + "&action=READ_PERSONAL_DATA").text())
			.contains("trace:");
	}

	@Test
	void anUnknownRecoveryIsExplainedOnTheForm() {
		PageBrowser browser = analyst();
		Page missing = browser.submit(browser.get("/app/trace"), "/app/trace",
				Map.of("agency", world.agency, "recoveryId", "NO-SUCH"));
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.html()).contains("no tiene ninguna recuperación NO-SUCH", "href=\"#recoveryId\"");
	}

	@Test
	void frenchIsChosenOnceAndKeptWithTheQuery() {
		PageBrowser browser = analyst();
		Page list = browser.get("/app/recoveries?agency=" + world.agency + "&lang=fr");
		assertThat(list.html()).contains("<html lang=\"fr\"", "Saisies de " + world.agency,
				"/app/recoveries?agency=" + world.agency + "&amp;lang=en");
		Page form = browser.get("/app/trace");
		Page result = browser.follow(browser.submit(form, "/app/trace", Map.of("agency", world.agency, "recoveryId", "R1")));
		assertThat(result.html()).contains("<html lang=\"fr\"", "Terminé", "Vendue au détail", "Indice fort de trafic");
		assertThat(browser.get("/app?lang=en").html()).contains("<html lang=\"en\"", "Your agency");
	}

	@Test
	void theApiStaysStatelessAndUntouchedByTheLanguageOfPages() {
		ApiClient.Answer anonymous = new ApiClient(port).login(null, null).get("/api/v1/recoveries?agency=" + world.agency);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.text()).contains("unauthorized");
		PageBrowser apiCaller = new PageBrowser(port);
		Page answer = apiCaller.get("/api/v1/public/nothing-here?lang=fr");
		assertThat(answer.cookies()).noneMatch(cookie -> cookie.startsWith("IRONTRACE_LANG"));
		ApiClient.Answer listed = new ApiClient(port).login(world.analyst, WebAppWorld.PASSWORD)
			.get("/api/v1/recoveries?agency=" + world.agency + "&lang=fr");
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json().get(0).get("possessorLastName").asString()).isEqualTo("Paramo");
	}
}
