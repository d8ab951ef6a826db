package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.webapp.PageBrowser.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An agency's administrator disables an officer's account: the officer's open page session ends at
 * its next request, the API refuses its password (remembered or not), a new sign-in is refused, and
 * enabling the account lets the officer in again. Another agency's administrator cannot touch it,
 * and no one disables their own account.
 */
@IntegrationTest
class AccountDisabledTest {

	@LocalServerPort
	int port;

	@Test
	void aDisabledAccountIsShutOutAtOnceAndLetInAgainWhenEnabled() {
		WebAppWorld world = new WebAppWorld(port);
		WebAppWorld other = new WebAppWorld(port);
		String admin = "admin-" + world.tag.toLowerCase();
		assertThat(world.operator.postJson("/api/v1/users", Map.of("username", admin, "password", WebAppWorld.PASSWORD,
				"agency", world.agency, "roles", List.of("ADMIN"))).status()).isEqualTo(201);
		String otherAdmin = "admin-" + other.tag.toLowerCase();
		assertThat(other.operator.postJson("/api/v1/users", Map.of("username", otherAdmin, "password", WebAppWorld.PASSWORD,
				"agency", other.agency, "roles", List.of("ADMIN"))).status()).isEqualTo(201);

		PageBrowser officer = new PageBrowser(port).signIn(world.analyst, WebAppWorld.PASSWORD);
		assertThat(officer.get("/app?lang=en").status()).isEqualTo(200);
		ApiClient officerApi = new ApiClient(port).login(world.analyst, WebAppWorld.PASSWORD);
		String recoveries = "/api/v1/recoveries?agency=" + world.agency;
		assertThat(officerApi.get(recoveries).status()).as("and remembered for the next calls").isEqualTo(200);

		String disable = "/api/v1/users/" + world.analyst + "/disable";
		assertThat(new ApiClient(port).login(otherAdmin, WebAppWorld.PASSWORD).post(disable, "application/json", "").status())
			.as("another agency's administrator").isEqualTo(403);
		ApiClient agencyAdmin = new ApiClient(port).login(admin, WebAppWorld.PASSWORD);
		assertThat(agencyAdmin.post("/api/v1/users/" + admin + "/disable", "application/json", "").status())
			.as("one's own account").isEqualTo(400);
		assertThat(agencyAdmin.post(disable, "application/json", "").status()).isEqualTo(204);

		Page after = officer.get("/app?lang=en");
		assertThat(after.status()).as("the open session ended at its next request").isEqualTo(302);
		assertThat(after.location()).endsWith("/login");
		assertThat(officerApi.get(recoveries).status()).as("the remembered password is forgotten").isEqualTo(401);
		PageBrowser again = new PageBrowser(port);
		Page refused = again.submit(again.get("/login"), "/login",
				Map.of("username", world.analyst, "password", WebAppWorld.PASSWORD));
		assertThat(refused.location()).as("a new sign-in is refused").contains("error");
		assertThat(world.operator.get("/api/v1/audit?action=USER_DISABLED&limit=10").text()).contains("user:" + world.analyst);

		assertThat(agencyAdmin.post("/api/v1/users/" + world.analyst + "/enable", "application/json", "").status()).isEqualTo(204);
		assertThat(new PageBrowser(port).signIn(world.analyst, WebAppWorld.PASSWORD).get("/app?lang=en").status()).isEqualTo(200);
		assertThat(officerApi.get(recoveries).status()).isEqualTo(200);
	}
}
