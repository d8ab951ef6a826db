package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An analyst coming back reads on the home page what changed since the last visit: recoveries
 * traced, answers received, leads, and the incidents with new traces, each linked; counted in
 * the agencies the analyst sees only, from the previous session's visit, and steady while this
 * session lasts.
 */
@IntegrationTest
class HomePageNewsTest {

	@LocalServerPort
	int port;

	@Test
	void theHomePageTellsWhatChangedSinceTheLastVisit() {
		WebAppWorld world = new WebAppWorld(port);
		WebAppWorld elsewhere = new WebAppWorld(port);
		String first = new PageBrowser(port).signIn(world.analyst, WebAppWorld.PASSWORD).get("/app?lang=en").html();
		assertThat(first).contains("Since your last visit", "0 recoveries traced, 0 of them to a retail sale",
				"0 answers received from the tracing authority", "href=\"/app/traces\"", "href=\"/app/leads\"");
		assertThat(first).as("an installation without the demo world carries no demo mark").doesNotContain("id=\"demo-world\"");

		ApiClient analyst = new ApiClient(port).login(world.analyst, WebAppWorld.PASSWORD);
		ApiClient.Answer raid = analyst.postCsv("/api/v1/imports/recoveries", """
				recovery_id,agency,recovery_date,country,crime_code,serial_number,manufacturer,firearm_type,incident_id
				H1,%1$s,2020-05-01,MX,BORDER_SEIZURE,HX1%2$s,Colt,PISTOL,RAID-%2$s
				H2,%1$s,2020-05-01,MX,BORDER_SEIZURE,HX2%2$s,Colt,PISTOL,RAID-%2$s
				""".formatted(world.agency, world.tag));
		assertThat(raid.json().get("accepted").asInt()).as(raid.text()).isEqualTo(2);
		for (String recovery : new String[] { "R1", "H1", "H2" }) {
			assertThat(analyst.postJson("/api/v1/traces", Map.of("agency", world.agency, "recoveryId", recovery)).status())
				.isBetween(200, 201);
		}
		ApiClient other = new ApiClient(port).login(elsewhere.analyst, WebAppWorld.PASSWORD);
		assertThat(other.postJson("/api/v1/traces", Map.of("agency", elsewhere.agency, "recoveryId", "R1")).status())
			.isBetween(200, 201);

		PageBrowser next = new PageBrowser(port).signIn(world.analyst, WebAppWorld.PASSWORD);
		String back = next.get("/app?lang=en").html();
		assertThat(back).as("the own agency's three traces, the Glock's to its sale; not the other agency's")
			.contains("3 recoveries traced, 1 of them to a retail sale");
		assertThat(back).contains("Incidents with new traces", "Incident RAID-" + world.tag + " (" + world.agency
				+ "): 2 of its 2 guns traced since", "href=\"/app/incidents/" + world.agency + "/RAID-" + world.tag + "\"");
		assertThat(next.get("/app?lang=es").html()).as("steady while the session lasts, in every language")
			.contains("3 recuperaciones rastreadas, 1 de ellas hasta una venta al por menor");

		String later = new PageBrowser(port).signIn(world.analyst, WebAppWorld.PASSWORD).get("/app?lang=en").html();
		assertThat(later).as("the next session counts from this one's visit")
			.contains("0 recoveries traced, 0 of them to a retail sale").doesNotContain("RAID-" + world.tag);
	}
}
