package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.webapp.PageBrowser.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An agency's administrator changes an officer's roles and resets the officer's password, and the
 * officer changes it: each change holds from the very next request, for open page sessions and
 * for Basic logins alike. Another agency's administrator cannot touch the account, no one changes
 * their own roles, a temporary password does nothing but set a new one and expires, and every
 * change is in the audit trail.
 */
@IntegrationTest
class AccountManagementTest {

	static final String NEW_PASSWORD = "a new long passphrase";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void newRolesHoldAtOnceForOpenSessionsAndBasicLogins() {
		WebAppWorld world = new WebAppWorld(port);
		ApiClient agencyAdmin = administrator(world);
		ApiClient otherAdmin = administrator(new WebAppWorld(port));
		PageBrowser officer = new PageBrowser(port).signIn(world.analyst, WebAppWorld.PASSWORD);
		assertThat(officer.get("/app/admin/users?lang=en").status()).as("an analyst administers nothing").isEqualTo(403);
		ApiClient officerApi = new ApiClient(port).login(world.analyst, WebAppWorld.PASSWORD);
		assertThat(officerApi.get("/api/v1/users").status()).isEqualTo(403);

		String roles = "/api/v1/users/" + world.analyst + "/roles";
		Map<String, List<String>> analystAndAdmin = Map.of("roles", List.of("ANALYST", "ADMIN"));
		assertThat(otherAdmin.putJson(roles, analystAndAdmin).status()).as("another agency's administrator").isEqualTo(403);
		ApiClient.Answer own = agencyAdmin.putJson("/api/v1/users/" + adminOf(world) + "/roles", Map.of("roles", List.of("ANALYST")));
		assertThat(own.status()).as("one's own roles").isEqualTo(400);
		assertThat(own.text()).contains("own roles");
		ApiClient.Answer unknown = agencyAdmin.putJson(roles, Map.of("roles", List.of("ANALYST", "SHERIFF")));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.text()).contains("roles").contains("SHERIFF");

		ApiClient.Answer changed = agencyAdmin.putJson(roles, analystAndAdmin);
		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		assertThat(officerApi.get("/api/v1/users").status()).as("Basic carries the new roles at once").isEqualTo(200);
		Page after = officer.get("/app?lang=en");
		assertThat(after.status()).as("the open session signed in with the old roles ended").isEqualTo(302);
		assertThat(after.location()).endsWith("/login");
		assertThat(new PageBrowser(port).signIn(world.analyst, WebAppWorld.PASSWORD).get("/app/admin/users?lang=en").status())
			.as("signed in again, with the new roles").isEqualTo(200);
		assertThat(world.operator.get("/api/v1/audit?action=USER_ROLES_CHANGED&limit=10").text())
			.contains("user:" + world.analyst).contains("[ANALYST] -> [ANALYST, ADMIN]");
	}

	@Test
	void aResetPasswordOnlySetsANewOneAndEndsEverySessionOfTheOldOne() {
		WebAppWorld world = new WebAppWorld(port);
		ApiClient agencyAdmin = administrator(world);
		PageBrowser officer = new PageBrowser(port).signIn(world.analyst, WebAppWorld.PASSWORD);
		ApiClient oldLogin = new ApiClient(port).login(world.analyst, WebAppWorld.PASSWORD);
		String recoveries = "/api/v1/recoveries?agency=" + world.agency;
		assertThat(oldLogin.get(recoveries).status()).as("and remembered").isEqualTo(200);
		String reset = "/api/v1/users/" + world.analyst + "/password-reset";
		assertThat(administrator(new WebAppWorld(port)).post(reset, "application/json", "").status())
			.as("another agency's administrator").isEqualTo(403);

		ApiClient.Answer answer = agencyAdmin.post(reset, "application/json", "");
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		String temporary = answer.json().get("temporaryPassword").asText();
		assertThat(temporary).hasSizeGreaterThanOrEqualTo(16);
		assertThat(jdbc.sql("SELECT password_hash FROM account WHERE username = ?").param(world.analyst).query(String.class)
			.single()).startsWith("{bcrypt}").doesNotContain(temporary);
		assertThat(oldLogin.get(recoveries).status()).as("the old password, remembered or not").isEqualTo(401);
		assertThat(officer.get("/app?lang=en").location()).as("the open session ended").endsWith("/login");

		ApiClient temporaryLogin = new ApiClient(port).login(world.analyst, temporary);
		ApiClient.Answer refused = temporaryLogin.get(recoveries);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.text()).contains("must be changed first");
		PageBrowser page = new PageBrowser(port).signIn(world.analyst, temporary);
		Page sentOn = page.get("/app/recoveries?lang=en");
		assertThat(sentOn.status()).isEqualTo(302);
		assertThat(sentOn.location()).endsWith(AccountPasswordPage.PATH);
		Page form = page.get(AccountPasswordPage.PATH + "?lang=en");
		assertThat(form.html()).contains("Change your password");
		Page sameAgain = page.submit(form, AccountPasswordPage.PATH, Map.of("currentPassword", temporary, "newPassword", temporary));
		assertThat(sameAgain.status()).as("the temporary password is not a new one").isEqualTo(400);
		Page done = page.submit(form, AccountPasswordPage.PATH, Map.of("currentPassword", temporary, "newPassword", NEW_PASSWORD));
		assertThat(done.status()).as(done.html()).isEqualTo(303);
		assertThat(page.get("/app/recoveries?lang=en").status()).as("this session goes on, free").isEqualTo(200);

		assertThat(temporaryLogin.get(recoveries).status()).isEqualTo(401);
		assertThat(new ApiClient(port).login(world.analyst, NEW_PASSWORD).get(recoveries).status()).isEqualTo(200);
		assertThat(world.operator.get("/api/v1/audit?action=USER_PASSWORD_RESET&limit=10").text()).contains("user:" + world.analyst);
		assertThat(world.operator.get("/api/v1/audit?action=PASSWORD_CHANGED&limit=10").text()).contains("user:" + world.analyst);
	}

	@Test
	void anExpiredTemporaryPasswordIsRefused() {
		WebAppWorld world = new WebAppWorld(port);
		String temporary = administrator(world).post("/api/v1/users/" + world.analyst + "/password-reset", "application/json", "")
			.json().get("temporaryPassword").asText();
		jdbc.sql("UPDATE account SET temporary_password_expires_at = now() - interval '1 minute' WHERE username = ?")
			.param(world.analyst).update();

		ApiClient temporaryLogin = new ApiClient(port).login(world.analyst, temporary);
		assertThat(temporaryLogin.putJson("/api/v1/users/me/password",
				Map.of("currentPassword", temporary, "newPassword", NEW_PASSWORD)).status()).isEqualTo(401);
		PageBrowser page = new PageBrowser(port);
		Page refused = page.submit(page.get("/login"), "/login", Map.of("username", world.analyst, "password", temporary));
		assertThat(refused.location()).contains("error");
	}

	@Test
	void everyoneChangesTheirOwnPasswordAndTheirOtherSessionsEnd() {
		WebAppWorld world = new WebAppWorld(port);
		PageBrowser elsewhere = new PageBrowser(port).signIn(world.analyst, WebAppWorld.PASSWORD);
		ApiClient self = new ApiClient(port).login(world.analyst, WebAppWorld.PASSWORD);
		String own = "/api/v1/users/me/password";
		ApiClient.Answer wrong = self.putJson(own, Map.of("currentPassword", "not my password", "newPassword", NEW_PASSWORD));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.text()).contains("currentPassword");
		ApiClient.Answer tooShort = self.putJson(own, Map.of("currentPassword", WebAppWorld.PASSWORD, "newPassword", "short"));
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.text()).contains("newPassword");

		assertThat(self.putJson(own, Map.of("currentPassword", WebAppWorld.PASSWORD, "newPassword", NEW_PASSWORD)).status())
			.isEqualTo(204);
		assertThat(elsewhere.get("/app?lang=en").location()).as("the other session ended").endsWith("/login");
		assertThat(self.get("/api/v1/recoveries?agency=" + world.agency).status()).isEqualTo(401);
		assertThat(self.login(world.analyst, NEW_PASSWORD).get("/api/v1/recoveries?agency=" + world.agency).status())
			.isEqualTo(200);
		assertThat(world.operator.get("/api/v1/audit?action=PASSWORD_CHANGED&limit=10").text()).contains("user:" + world.analyst);
	}

	@Test
	void theUsersPageDisablesChangesRolesAndShowsATemporaryPasswordOnce() {
		WebAppWorld world = new WebAppWorld(port);
		administrator(world);
		PageBrowser admin = new PageBrowser(port).signIn(adminOf(world), WebAppWorld.PASSWORD);
		Page users = admin.get("/app/admin/users?lang=en");
		assertThat(users.html()).contains("Reset the password of " + world.analyst).contains("Your own account");
		String account = "/app/admin/users/" + world.auditor;
		assertThat(admin.post(account + "/disable", Map.of()).status()).as("without the form's token").isEqualTo(403);

		Page disabled = admin.submit(users, account + "/disable", Map.of());
		assertThat(disabled.status()).isEqualTo(303);
		assertThat(admin.follow(disabled).html()).contains("User " + world.auditor + " disabled");
		Page roles = admin.submit(users, account + "/roles", Map.of("roles", "SUPERVISOR"));
		assertThat(admin.follow(roles).html()).contains("Roles of " + world.auditor + " changed");
		assertThat(jdbc.sql("SELECT roles FROM account WHERE username = ?").param(world.auditor).query(String.class).single())
			.isEqualTo("SUPERVISOR");

		Page reset = admin.submit(users, "/app/admin/users/" + world.analyst + "/password-reset", Map.of());
		assertThat(reset.status()).isEqualTo(200);
		java.util.regex.Matcher shown = java.util.regex.Pattern.compile("data-temporary-password>([^<]+)<").matcher(reset.html());
		assertThat(shown.find()).isTrue();
		assertThat(new PageBrowser(port).signIn(world.analyst, shown.group(1)).get("/app?lang=en").location())
			.endsWith(AccountPasswordPage.PATH);
		assertThat(admin.get("/app/admin/users?lang=en").html()).as("shown once").doesNotContain(shown.group(1));
	}

	private static String adminOf(WebAppWorld world) {
		return "admin-" + world.tag.toLowerCase();
	}

	/** An ADMIN of the world's agency, signed in to the API. */
	private ApiClient administrator(WebAppWorld world) {
		ApiClient.Answer created = world.operator.postJson("/api/v1/users", Map.of("username", adminOf(world), "password",
				WebAppWorld.PASSWORD, "agency", world.agency, "roles", List.of("ADMIN")));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return new ApiClient(port).login(adminOf(world), WebAppWorld.PASSWORD);
	}
}
