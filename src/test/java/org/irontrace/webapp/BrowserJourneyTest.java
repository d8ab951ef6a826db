package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.irontrace.IntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Spanish-speaking analyst in a real Chromium: signs in, asks for a trace without the recovery
 * id, is taken to the problem, fixes it and reads the result. Skipped where Chromium is not installed.
 */
@IntegrationTest
@Tag("browser")
class BrowserJourneyTest {

	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	@LocalServerPort
	int port;

	@Test
	void traceInSpanishWithAMissingFieldFixedByKeyboard() throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		WebAppWorld world = new WebAppWorld(port);
		String app = "http://localhost:" + port;
		Files.createDirectories(SCREENSHOTS);
		try (WebDriverSession browser = WebDriverSession.start(SCREENSHOTS.resolve("chromedriver.log").toFile())) {
			browser.open(app + "/login?lang=es");
			browser.type("#username", world.analyst);
			browser.type("#password", WebAppWorld.PASSWORD);
			browser.click("main button[type=submit]");
			assertThat(browser.text("main h1")).contains("Bienvenido/a");

			browser.open(app + "/app/trace");
			assertThat(browser.text("main h1")).isEqualTo("Rastrear un arma recuperada");
			browser.click("main button[type=submit]");
			assertThat(browser.text("#problems")).contains("Hay un problema", "Indique el identificador de la recuperación");
			assertThat(browser.focusedId()).as("the summary takes the focus").isEqualTo("problems");
			Files.write(SCREENSHOTS.resolve("trace-es-missing-field.png"), browser.screenshot());

			browser.click("#problems a[href='#recoveryId']");
			assertThat(browser.focusedId()).as("the summary link leads to the field").isEqualTo("recoveryId");
			browser.type("#recoveryId", "R1");
			browser.click("main button[type=submit]");
			assertThat(browser.text("#trace-status")).isEqualTo("Completado");
			assertThat(browser.text("#short-ttc")).contains("menos de un año");
			Files.write(SCREENSHOTS.resolve("trace-es-result.png"), browser.screenshot());
		}
	}
}
