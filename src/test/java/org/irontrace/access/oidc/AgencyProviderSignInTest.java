package org.irontrace.access.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import oidcprovider.AgencyOpenIdProvider;
import oidcprovider.AgencyOpenIdProvider.Person;
import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.irontrace.access.oidc.RedirectFollowingBrowser.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An agency signs its people in through its own OpenID Connect provider: a real authorization
 * server on this machine, configured through the API by the operators, driven through the whole
 * authorization-code flow over HTTP as a browser would. The provider says who someone is; the
 * agency's local account says what they may do.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgencyProviderSignInTest {

	static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final String tag = LedgerFixtures.uniqueTag();

	final String agency = "MX-" + tag;

	final String agencyName = "Fiscalía del Estado " + tag;

	final String otherAgency = "GT-" + tag;

	final String analyst = "ana-" + tag.toLowerCase();

	final String otherAnalyst = "beto-" + tag.toLowerCase();

	final String lockedAnalyst = "carla-" + tag.toLowerCase();

	ApiClient operator;

	ConfigurableApplicationContext provider;

	@BeforeAll
	void twoAgenciesEachWithARecoveryAndTheFirstWithItsOwnProvider() {
		operator = new ApiClient(port);
		agencyWithAnalyst(agency, agencyName, analyst, "R1,%s,2020-01-01,MX,TAM,Reynosa,HOMICIDE,%s1,N,,Glock,,,,PISTOLA,,Pedro,Paramo");
		agencyWithAnalyst(otherAgency, "Agency " + otherAgency, otherAnalyst,
				"R9,%s,2020-02-01,GT,GUA,Guatemala,HOMICIDE,%s9,N,,Glock,,,,PISTOLA,,Juan,Preciado");
		provider = AgencyOpenIdProvider.start("http://localhost:" + port + "/login/oauth2/code/" + agency,
				new Person("ana@fiscalia.example", "provider password", analyst),
				new Person("beto@fiscalia.example", "provider password", otherAnalyst),
				new Person("nadie@fiscalia.example", "provider password", "nadie-" + tag.toLowerCase()),
				new Person("carla@fiscalia.example", "provider password", lockedAnalyst));
		HttpResponse<String> configured = configure(AgencyOpenIdProvider.CLIENT_SECRET);
		assertThat(configured.statusCode()).as(configured.body()).isEqualTo(200);
	}

	@AfterAll
	void stopTheProvider() {
		if (provider != null) {
			provider.close();
		}
	}

	@Test
	@Order(1)
	void theConfigurationIsShownWithoutItsSecretAndTheSecretIsSealedAtRest() {
		ApiClient.Answer shown = operator.get("/api/v1/agencies/" + agency + "/openid-provider");
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.json().get("issuerUri").asString()).isEqualTo(AgencyOpenIdProvider.issuer(provider));
		assertThat(shown.json().get("usernameClaim").asString()).isEqualTo("preferred_username");
		assertThat(shown.json().get("clientSecretSet").asBoolean()).isTrue();
		assertThat(shown.text()).doesNotContain(AgencyOpenIdProvider.CLIENT_SECRET);
		byte[] stored = jdbc.sql("SELECT client_secret_sealed FROM agency_openid_provider WHERE agency = ?")
			.param(agency)
			.query(byte[].class)
			.single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(AgencyOpenIdProvider.CLIENT_SECRET);
		assertThat(operator.get("/api/v1/audit?action=OPENID_PROVIDER_CONFIGURED&subject=agency:" + agency).text())
			.contains("agency:" + agency);
	}

	@Test
	@Order(2)
	void onlyTheOperatorsSetAProviderAndTheAgencysAdministratorsMayReadIt() {
		String administrator = "admin-" + tag.toLowerCase();
		ApiClient.Answer created = operator.postJson("/api/v1/users",
				Map.of("username", administrator, "password", PASSWORD, "agency", agency, "roles", List.of("ADMIN")));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		ApiClient agencyAdministrator = new ApiClient(port).login(administrator, PASSWORD);
		assertThat(agencyAdministrator.get("/api/v1/agencies/" + agency + "/openid-provider").status()).isEqualTo(200);
		assertThat(agencyAdministrator.get("/api/v1/agencies/" + otherAgency + "/openid-provider").status()).isEqualTo(403);
		HttpResponse<String> byAgencyAdministrator = put("/api/v1/agencies/" + agency + "/openid-provider",
				administrator, PASSWORD, "{\"issuerUri\": \"https://login.agency.example\", \"clientId\": \"x\"}");
		assertThat(byAgencyAdministrator.statusCode()).as("a local administrator cannot repoint its agency").isEqualTo(403);
		HttpResponse<String> byAnalyst = put("/api/v1/agencies/" + agency + "/openid-provider", analyst, PASSWORD,
				"{\"issuerUri\": \"https://evil.example\", \"clientId\": \"x\"}");
		assertThat(byAnalyst.statusCode()).isEqualTo(403);
		HttpResponse<String> plainHttp = put("/api/v1/agencies/" + agency + "/openid-provider", "admin",
				ApiClient.ADMIN_PASSWORD, "{\"issuerUri\": \"http://login.agency.example\", \"clientId\": \"x\"}");
		assertThat(plainHttp.statusCode()).isEqualTo(400);
		assertThat(plainHttp.body()).contains("issuerUri");
	}

	@Test
	@Order(3)
	void anAnalystSignsInThroughTheAgencysProviderAndSeesOnlyTheAgencysRecoveries() {
		RedirectFollowingBrowser browser = new RedirectFollowingBrowser();
		Page signIn = browser.open(base() + "/login");
		assertThat(signIn.html()).contains("Entrar con el proveedor de " + agencyName,
				"href=\"/oauth2/authorization/" + agency + "\"");

		Page providerLogin = browser.open(base() + "/oauth2/authorization/" + agency);
		assertThat(providerLogin.address().toString()).startsWith(AgencyOpenIdProvider.issuer(provider) + "/login");
		URI authorization = browser.visited.stream()
			.filter(uri -> uri.getPath().equals("/oauth2/authorize"))
			.findFirst()
			.orElseThrow();
		assertThat(authorization.getQuery()).contains("state=", "nonce=", "code_challenge=", "code_challenge_method=S256");

		Page landed = browser.submit(providerLogin, "/login",
				Map.of("username", "ana@fiscalia.example", "password", "provider password"));
		assertThat(landed.address().toString()).isEqualTo(base() + "/app");
		assertThat(landed.html()).contains("Su agencia: " + agency, analyst, "Analista");

		Page own = browser.open(base() + "/app/recoveries");
		assertThat(own.html()).contains("Pedro Paramo").doesNotContain("Juan Preciado");
		Page other = browser.open(base() + "/app/recoveries?agency=" + otherAgency);
		assertThat(other.html()).doesNotContain("Juan Preciado");
		assertThat(operator.get("/api/v1/audit?action=SIGNED_IN_THROUGH_PROVIDER&username=" + analyst).text())
			.contains("user:" + analyst);
	}

	@Test
	@Order(4)
	void someoneTheProviderKnowsButWithoutAnAccountOfThisAgencyIsRefused() {
		for (String login : List.of("nadie@fiscalia.example", "beto@fiscalia.example")) {
			RedirectFollowingBrowser browser = new RedirectFollowingBrowser();
			Page providerLogin = browser.open(base() + "/oauth2/authorization/" + agency);
			Page refused = browser.submit(providerLogin, "/login", Map.of("username", login, "password", "provider password"));
			assertThat(refused.address().toString()).as(login).startsWith(base() + "/login?providerRefused");
			assertThat(refused.html()).contains("no tiene una cuenta de IronTrace con ese nombre");
			assertThat(browser.open(base() + "/app").address().toString()).as(login).isEqualTo(base() + "/login");
		}
		String refusals = operator.get("/api/v1/audit?action=PROVIDER_SIGN_IN_REFUSED").text();
		assertThat(refusals).contains("user:nadie-" + tag.toLowerCase(), "user:" + otherAnalyst,
				"the account belongs to agency " + otherAgency);
	}

	@Test
	@Order(5)
	void aLockedAccountIsRefusedEvenThroughTheProvider() {
		ApiClient.Answer created = operator.postJson("/api/v1/users",
				Map.of("username", lockedAnalyst, "password", PASSWORD, "agency", agency, "roles", List.of("ANALYST")));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		ApiClient guesser = new ApiClient(port).login(lockedAnalyst, "wrong password 1");
		for (int i = 0; i < 5; i++) {
			assertThat(guesser.get("/api/v1/recoveries").status()).isEqualTo(401);
		}
		RedirectFollowingBrowser browser = new RedirectFollowingBrowser();
		Page providerLogin = browser.open(base() + "/oauth2/authorization/" + agency);
		Page refused = browser.submit(providerLogin, "/login",
				Map.of("username", "carla@fiscalia.example", "password", "provider password"));
		assertThat(refused.address().toString()).isEqualTo(base() + "/login?providerRefused=locked");
		assertThat(refused.html()).contains("su cuenta de IronTrace está bloqueada");
	}

	@Test
	@Order(6)
	void aPasswordStillSignsInBesideTheProvider() {
		RedirectFollowingBrowser browser = new RedirectFollowingBrowser();
		Page form = browser.open(base() + "/login");
		Page home = browser.submit(form, "/login", Map.of("username", analyst, "password", PASSWORD));
		assertThat(home.address().toString()).isEqualTo(base() + "/app");
		assertThat(home.html()).contains("Su agencia: " + agency);
	}

	@Test
	@Order(7)
	void newRolesEndASessionSignedInThroughTheProvider() {
		RedirectFollowingBrowser browser = new RedirectFollowingBrowser();
		Page providerLogin = browser.open(base() + "/oauth2/authorization/" + agency);
		Page landed = browser.submit(providerLogin, "/login",
				Map.of("username", "ana@fiscalia.example", "password", "provider password"));
		assertThat(landed.address().toString()).isEqualTo(base() + "/app");
		assertThat(operator.putJson("/api/v1/users/" + analyst + "/roles", Map.of("roles", List.of("ANALYST", "SUPERVISOR")))
			.status()).isEqualTo(200);
		assertThat(browser.open(base() + "/app").address().toString()).as("the session signed in with the old roles ended")
			.isEqualTo(base() + "/login");
	}

	@Test
	@Order(8)
	void aDisabledAccountIsRefusedEvenThroughTheProvider() {
		assertThat(operator.post("/api/v1/users/" + analyst + "/disable", "application/json", "").status()).isEqualTo(204);
		Page refused = signInThroughTheProvider("ana@fiscalia.example");
		assertThat(refused.address().toString()).isEqualTo(base() + "/login?providerRefused=disabled");
		assertThat(refused.html()).contains("su cuenta de IronTrace está deshabilitada");
		assertThat(operator.get("/api/v1/audit?action=PROVIDER_SIGN_IN_REFUSED").text()).contains("the account is disabled");
		assertThat(operator.post("/api/v1/users/" + analyst + "/enable", "application/json", "").status()).isEqualTo(204);
	}

	@Test
	@Order(9)
	void aChangedConfigurationTakesEffectAtOnce() {
		assertThat(configure("not the secret").statusCode()).isEqualTo(200);
		Page failed = signInThroughTheProvider("ana@fiscalia.example");
		assertThat(failed.address().toString()).isEqualTo(base() + "/login?providerFailed");
		assertThat(failed.html()).contains("No se completó el inicio de sesión con el proveedor de su agencia");

		assertThat(configure(AgencyOpenIdProvider.CLIENT_SECRET).statusCode()).isEqualTo(200);
		assertThat(signInThroughTheProvider("ana@fiscalia.example").address().toString()).isEqualTo(base() + "/app");
	}

	@Test
	@Order(10)
	void removingTheProviderRemovesTheButtonAndTheWayIn() {
		assertThat(operator.delete("/api/v1/agencies/" + agency + "/openid-provider").status()).isEqualTo(204);
		RedirectFollowingBrowser browser = new RedirectFollowingBrowser();
		assertThat(browser.open(base() + "/login").html()).doesNotContain("/oauth2/authorization/" + agency);
		Page attempt = browser.open(base() + "/oauth2/authorization/" + agency);
		assertThat(browser.visited).noneMatch(uri -> "127.0.0.1".equals(uri.getHost()));
		assertThat(attempt.address().toString()).isEqualTo(base() + "/login?providerUnavailable");
		assertThat(attempt.html()).contains("No se completó el inicio de sesión con el proveedor de su agencia");
		assertThat(operator.get("/api/v1/agencies/" + agency + "/openid-provider").status()).isEqualTo(404);
		assertThat(operator.get("/api/v1/audit?action=OPENID_PROVIDER_REMOVED&subject=agency:" + agency).text())
			.contains("agency:" + agency);
	}

	private Page signInThroughTheProvider(String login) {
		RedirectFollowingBrowser browser = new RedirectFollowingBrowser();
		Page providerLogin = browser.open(base() + "/oauth2/authorization/" + agency);
		return browser.submit(providerLogin, "/login", Map.of("username", login, "password", "provider password"));
	}

	private HttpResponse<String> configure(String clientSecret) {
		return put("/api/v1/agencies/" + agency + "/openid-provider", "admin", ApiClient.ADMIN_PASSWORD, """
				{"issuerUri": "%s", "clientId": "%s", "clientSecret": "%s"}
				""".formatted(AgencyOpenIdProvider.issuer(provider), AgencyOpenIdProvider.CLIENT_ID, clientSecret));
	}

	private void agencyWithAnalyst(String code, String name, String username, String recovery) {
		ApiClient.Answer created = operator.postJson("/api/v1/agencies",
				Map.of("code", code, "name", name, "country", code.substring(0, 2), "kind", "NATIONAL"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		ApiClient.Answer user = operator.postJson("/api/v1/users",
				Map.of("username", username, "password", PASSWORD, "agency", code, "roles", List.of("ANALYST")));
		assertThat(user.status()).as(user.text()).isEqualTo(201);
		ApiClient.Answer imported = new ApiClient(port).login(username, PASSWORD)
			.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER, recovery.formatted(code, tag)));
		assertThat(imported.json().get("accepted").asInt()).as(imported.text()).isEqualTo(1);
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private HttpResponse<String> put(String path, String username, String password, String json) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(base() + path))
					.header("Authorization", "Basic " + Base64.getEncoder()
						.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
					.header("Content-Type", "application/json")
					.PUT(HttpRequest.BodyPublishers.ofString(json))
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
