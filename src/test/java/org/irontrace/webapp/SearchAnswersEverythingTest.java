package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.irontrace.IntegrationTest;
import org.irontrace.webapp.PageBrowser.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The search page answers whatever a new user types, over real HTTP: common surnames, places,
 * crimes in each language, serial-like strings, quotes, LIKE wildcards, backslashes, control
 * characters, very long strings and nothing at all, in every field and every kind of result. None
 * may answer 500; every table pages with its count; crimes, ids and makers find their recoveries.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchAnswersEverythingTest {

	static final List<String> SURNAMES = List.of("Taylor", "Foster", "García", "Hernández", "López", "Smith", "Brown",
			"Martínez", "O'Brien", "Nuñez", "Pérez", "Jean-Baptiste", "Campbell", "Williams");

	static final List<String> PLACES = List.of("Hermosillo", "Reynosa", "Tijuana", "Ciudad Juárez", "Kingston",
			"Port-au-Prince", "Nassau", "MX", "SON", "Laredo");

	static final List<String> CRIMES = List.of("Homicidio", "Homicide", "homicide", "HOMICIDE", "Narcotráfico",
			"Drug trafficking", "Trafic de stupéfiants", "Decomiso en la frontera", "Saisie à la frontière",
			"border seizure", "DRUG_TRAFFICKING", "Agresión", "Agression", "Assault");

	static final List<String> SERIAL_LIKE = List.of("ABC123", "A12?4?7", "????", "0O0O", "1-2-3", "S&W",
			"5-74-201-01-2A-12345", "FH01", "fh07", "123456789012345678901234567890", "?", "-");

	static final List<String> ODD = List.of("'", "''", "%", "_", "\\", "%_%", "\\%", "a'b", "\"", ";--", "<script>",
			"\u0000", "null", "NULL", " ", "\t", "ß", "🙂", "İstanbul", "a".repeat(5000), "9".repeat(400),
			"%".repeat(300), "' OR 1=1 --", "${7*7}", "#{7*7}", "*{7*7}", "@{x}", "..", "/");

	static final List<String> FIELDS = List.of("q", "serial", "name", "crime", "country", "state", "city", "from", "to",
			"year", "status", "page", "kind");

	@LocalServerPort
	int port;

	FirstHourWorld world;

	PageBrowser analyst;

	@BeforeAll
	void anAgencyWithManyRecoveriesInOneCity() {
		world = new FirstHourWorld(port);
		analyst = world.signedIn(port);
	}

	@TestFactory
	Stream<DynamicTest> noQueryAnswersAServerError() {
		List<String> words = new ArrayList<>();
		Stream.of(SURNAMES, PLACES, CRIMES, SERIAL_LIKE, ODD).forEach(words::addAll);
		words.add("");
		List<DynamicTest> cases = new ArrayList<>();
		for (String typed : words) {
			cases.add(ask("/app/search?q=" + query(typed)));
			cases.add(ask("/app/search?kind=recoveries&page=2&q=" + query(typed)));
		}
		for (String field : FIELDS) {
			for (String typed : List.of("'", "%", "_", "\\", "\u0000", "a".repeat(5000), "-1", "0", "99999999999",
					"2147483647", "+999999999-12-31", "0000-01-01", "2021-02-30", "Homicidio", "guns", "dealers",
					"people", "recoveries", "")) {
				cases.add(ask("/app/search?q=Taylor&" + field + "=" + query(typed)));
			}
		}
		for (String kind : List.of("all", "recoveries", "guns", "dealers", "people", "nonsense")) {
			cases.add(ask("/app/search?q=" + world.tag + "S0&kind=" + kind + "&page=2"));
		}
		return cases.stream();
	}

	private DynamicTest ask(String path) {
		String name = path.length() > 120 ? path.substring(0, 120) + "..." : path;
		return DynamicTest.dynamicTest(name, () -> {
			Page page = analyst.get(path);
			assertThat(page.status()).as(path + "\n" + page.html()).isLessThan(500);
			assertThat(page.html()).as("the whole page is drawn").contains("</html>");
		});
	}

	@Test
	void aSurnameWithMoreThanOnePageOfHitsPagesItsTable() {
		Page first = analyst.get("/app/search?lang=en&q=Taylor");
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.html()).contains("1–10 of " + FirstHourWorld.TAYLORS, "rel=\"next\"", "</html>");
		Page second = analyst.get("/app/search?lang=en&q=Taylor&kind=recoveries&page=2");
		assertThat(second.html()).contains("11–" + FirstHourWorld.TAYLORS + " of " + FirstHourWorld.TAYLORS, "rel=\"prev\"")
			.doesNotContain("rel=\"next\"");
		assertThat(second.html().split("class=\"recovery-hit\"", -1)).hasSize(FirstHourWorld.TAYLORS - 10 + 1);
	}

	@Test
	void aCityWithManyHitsShowsEveryTableAndTheCount() {
		Page hermosillo = analyst.get("/app/search?lang=es&q=Hermosillo");
		assertThat(hermosillo.status()).isEqualTo(200);
		assertThat(hermosillo.html()).contains("1–10 de " + FirstHourWorld.RECOVERIES, "id=\"facet-crime\"",
				"Página siguiente", "</html>");
	}

	@Test
	void crimesAreFoundByTheirNameInEveryLanguage() {
		String countedHomicides = "1–" + FirstHourWorld.HOMICIDES + " of " + FirstHourWorld.HOMICIDES;
		for (String crime : List.of("Homicidio", "Homicide", "homicidio", "HOMICIDE")) {
			assertThat(analyst.get("/app/search?lang=en&q=" + query(crime)).html()).as(crime).contains(countedHomicides);
		}
		assertThat(analyst.get("/app/search?lang=en&q=" + query("Narcotráfico")).html())
			.contains("of " + (FirstHourWorld.RECOVERIES - FirstHourWorld.HOMICIDES));
		assertThat(analyst.get("/app/search?lang=en&q=Hermosillo&crime=Homicidio").html()).contains(countedHomicides);
	}

	@Test
	void aRecoveryIdOrAMakerFindsItsRecoveries() {
		assertThat(analyst.get("/app/search?lang=en&q=fh07").html()).contains(world.agency + " · FH07", "1–1 of 1");
		assertThat(analyst.get("/app/search?lang=en&q=" + query("S&W")).html()).as("an alias of the maker")
			.contains("1–" + FirstHourWorld.SMITH_AND_WESSON + " of " + FirstHourWorld.SMITH_AND_WESSON);
		assertThat(analyst.get("/app/search?lang=en&q=Glock").html())
			.contains("of " + (FirstHourWorld.RECOVERIES - FirstHourWorld.SMITH_AND_WESSON));
	}

	@Test
	void aRefusedPageAnswersTheTranslatedErrorPageWithTheWayHomeWhileTheApiKeepsJson() {
		Page refused = analyst.get("/app/traces?page=abc&lang=fr");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html()).contains("/app/assets/", "id=\"error-home\"", "Retour à la page d’accueil",
				"Cette demande ne peut pas aboutir");
		assertThat(analyst.get("/app/leads/not-a-number?lang=es").html()).contains("Volver a la página de inicio");
		Page nowhere = analyst.get("/app/no-such-page?lang=en");
		assertThat(nowhere.status()).isEqualTo(404);
		assertThat(nowhere.html()).contains("Page not found", "id=\"error-home\"");
		org.irontrace.ApiClient.Answer api = new org.irontrace.ApiClient(port)
			.login(world.analyst, org.irontrace.ApiClient.ANALYST_PASSWORD)
			.get("/api/v1/traces/00000000-0000-0000-0000-000000000000");
		assertThat(api.status()).isEqualTo(404);
		assertThat(api.json().get("error").asString()).isEqualTo("not_found");
		assertThat(new org.irontrace.ApiClient(port).get("/api/v1/no-such-call").json().get("error").asString())
			.as("an unknown API address keeps its JSON").isNotBlank();
	}

	static String query(String words) {
		return URLEncoder.encode(words, StandardCharsets.UTF_8);
	}
}
