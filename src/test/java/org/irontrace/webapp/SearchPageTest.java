package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.irontrace.IntegrationTest;
import org.irontrace.webapp.PageBrowser.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The search page over real HTTP: names found without their accents and with small misspellings,
 * serials exact, read alike and partly unreadable, facets that narrow and stay in the address, and
 * another agency's recoveries only under an agreement, without names below FULL.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageTest {

	@LocalServerPort
	int port;

	SearchWorld world;

	@BeforeAll
	void aWorldWithThreeRecoveries() {
		world = new SearchWorld(port);
	}

	PageBrowser signedIn(String username) {
		return new PageBrowser(port).signIn(username, SearchWorld.PASSWORD);
	}

	static String query(String words) {
		return URLEncoder.encode(words, StandardCharsets.UTF_8);
	}

	@Test
	void namesWithoutAccentsOrMisspeltFindTheRecovery() {
		PageBrowser analyst = signedIn(world.mxAnalyst);
		Page perez = analyst.get("/app/search?lang=en&q=Perez");
		assertThat(perez.status()).isEqualTo(200);
		assertThat(perez.html()).contains("José Pérez", "R2").doesNotContain("Pedro Páramo");
		assertThat(analyst.get("/app/search?q=paramo").html()).contains("Pedro Páramo").doesNotContain("José Pérez");
		assertThat(analyst.get("/app/search?name=Peres").html()).as("a misspelt name").contains("José Pérez");
		assertThat(analyst.get("/app/search?name=" + query("Maria Nunez")).html()).contains("María Núñez");
		assertThat(world.audit(world.mxAnalyst, "READ_PERSONAL_DATA")).contains("search:");
	}

	@Test
	void serialsAreFoundExactReadAlikeAndPartly() {
		PageBrowser analyst = signedIn(world.mxAnalyst);
		Page exact = analyst.get("/app/search?lang=en&q=" + world.serial1);
		assertThat(exact.html()).contains("Pedro Páramo", "/app/guns/" + world.serial1, "Guns in the ledger");
		String readAlike = world.serial1.substring(0, world.serial1.length() - 3) + "501";
		assertThat(analyst.get("/app/search?serial=" + readAlike).html()).as("S read as 5, O as 0")
			.contains("Pedro Páramo");
		String partial = world.tag + "?01";
		assertThat(analyst.get("/app/search?serial=" + query(partial)).html()).contains("Pedro Páramo")
			.doesNotContain("José Pérez");
		assertThat(analyst.get("/app/search?lang=en&serial=" + world.tag).html()).as("a serial's beginning")
			.contains("Pedro Páramo", "José Pérez", "María Núñez");
	}

	/** The state filter offers the states by name in the page's language and finds what was recovered there. */
	@Test
	void theStateIsPickedByItsName() {
		PageBrowser analyst = signedIn(world.mxAnalyst);
		String tamaulipas = analyst.get("/app/search?lang=es&state=TAM").html();
		assertThat(tamaulipas).containsSubsequence("<select id=\"state\" name=\"state\">", "Cualquier estado",
				"<optgroup label=\"México\"", "<option value=\"TAM\" selected=\"selected\">Tamaulipas</option>",
				"<optgroup label=\"Estados Unidos\"", "<option value=\"NM\">Nuevo México</option>");
		assertThat(tamaulipas).contains("Pedro Páramo", "José Pérez");
		assertThat(analyst.get("/app/search?lang=en&state=SON").html()).as("nothing recovered in Sonora")
			.doesNotContain("Pedro Páramo");
	}

	@Test
	void facetsCountAndNarrowAndStayInTheAddress() {
		PageBrowser analyst = signedIn(world.mxAnalyst);
		Page reynosa = analyst.get("/app/search?lang=en&q=Reynosa");
		assertThat(reynosa.html()).contains("Pedro Páramo", "José Pérez").doesNotContain("María Núñez");
		assertThat(reynosa.html()).contains("Homicide", "Drug trafficking", "(1)", "2019", "2020", "Completed");
		String narrowed = "/app/search?q=Reynosa&amp;crime=HOMICIDE";
		assertThat(reynosa.html()).contains(narrowed);
		Page homicides = analyst.get("/app/search?lang=en&q=Reynosa&crime=HOMICIDE");
		assertThat(homicides.html()).contains("Pedro Páramo", "Remove the filter HOMICIDE").doesNotContain("José Pérez");
		Page byYear = analyst.get("/app/search?lang=en&serial=" + world.tag + "&year=2020&status=UNTRACED");
		assertThat(byYear.html()).contains("María Núñez").doesNotContain("José Pérez", "Pedro Páramo");
	}

	@Test
	void anotherAgencySeesNothingWithoutAnAgreementAndNoNamesWithoutPersonalData() {
		PageBrowser jamaica = signedIn(world.jmAnalyst);
		assertThat(jamaica.get("/app/search?lang=en&q=" + world.serial1).html()).doesNotContain("R1", "Pedro Páramo");
		assertThat(jamaica.get("/app/search?q=Paramo").html()).doesNotContain("Páramo");
		world.share("RECOVERIES", "RECORDS_WITHOUT_PERSONAL_DATA");
		Page shared = jamaica.get("/app/search?lang=en&q=" + world.serial1);
		assertThat(shared.html()).contains(world.mx + " · R1", "Withheld").doesNotContain("Páramo");
		assertThat(jamaica.get("/app/search?q=Paramo").html()).as("names are not searched where they are withheld")
			.doesNotContain(world.mx + " · R1");
	}

	@Test
	void dealersAreFoundByNameAndLicence() {
		PageBrowser analyst = signedIn(world.mxAnalyst);
		assertThat(analyst.get("/app/search?q=" + query("armas fronterisas " + world.tag)).html())
			.contains("/app/dealers/" + world.dealer, world.dealerName);
		assertThat(analyst.get("/app/search?q=" + world.dealer).html()).contains("/app/dealers/" + world.dealer);
	}
}
