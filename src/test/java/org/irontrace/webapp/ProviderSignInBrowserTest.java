package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import oidcprovider.AgencyOpenIdProvider;
import oidcprovider.AgencyOpenIdProvider.Person;
import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An analyst in a real Chromium signs in through the agency's own OpenID Connect provider (a real
 * authorization server on this machine) and lands on the agency's pages as its local account.
 * Skipped where Chromium is not installed.
 */
@IntegrationTest
@Tag("browser")
class ProviderSignInBrowserTest {

	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	@LocalServerPort
	int port;

	@Test
	void anAnalystSignsInThroughTheAgencysProviderInABrowser() throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		WebAppWorld world = new WebAppWorld(port);
		String app = "http://localhost:" + port;
		Files.createDirectories(SCREENSHOTS);
		try (ConfigurableApplicationContext provider = AgencyOpenIdProvider.start(
				app + "/login/oauth2/code/" + world.agency,
				new Person("analyst@agency.example", "provider password", world.analyst))) {
			configure(world.agency, AgencyOpenIdProvider.issuer(provider));
			try (WebDriverSession browser = WebDriverSession.start(SCREENSHOTS.resolve("chromedriver-provider.log").toFile())) {
				browser.open(app + "/login?lang=en");
				assertThat(browser.text("a[data-agency='" + world.agency + "']"))
					.isEqualTo("Sign in with Agency " + world.agency + "’s provider");
				Files.write(SCREENSHOTS.resolve("provider-sign-in-en.png"), browser.screenshot());

				browser.click("a[data-agency='" + world.agency + "']");
				assertThat(browser.currentUrl()).startsWith(AgencyOpenIdProvider.issuer(provider) + "/login");
				browser.waitUntil("document.readyState === 'complete' && document.getElementById('password') !== null");
				browser.type("#username", "analyst@agency.example");
				browser.type("#password", "provider password");
				browser.click("button[type=submit]");

				// Provider, then IronTrace's callback, then the landing page: wait for the last hop.
				browser.waitUntil("location.href === arguments[0]", app + "/app");
				assertThat(browser.currentUrl()).isEqualTo(app + "/app");
				assertThat(browser.pageText()).contains(world.analyst, world.agency);
				browser.open(app + "/app/recoveries");
				assertThat(browser.pageText()).contains("Pedro Paramo");
				Files.write(SCREENSHOTS.resolve("provider-signed-in-en.png"), browser.screenshot());
			}
			finally {
				new ApiClient(port).delete("/api/v1/agencies/" + world.agency + "/openid-provider");
			}
		}
	}

	private void configure(String agency, String issuer) throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/agencies/" + agency + "/openid-provider"))
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString(("admin:" + ApiClient.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString("""
						{"issuerUri": "%s", "clientId": "%s", "clientSecret": "%s"}
						""".formatted(issuer, AgencyOpenIdProvider.CLIENT_ID, AgencyOpenIdProvider.CLIENT_SECRET)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
	}
}
