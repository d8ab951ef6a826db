package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.webapp.PageBrowser.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An agency's administrator at work in the pages: users, tokens and agreements of its own agency
 * only, with the same refusals as the API, and every change seen by the API at once.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminPagesTest {

	static final Pattern REVOKE_LINK = Pattern.compile("href=\"(/app/admin/agreements/[0-9a-f-]+/revoke)\"");

	@LocalServerPort
	int port;

	AdminWorld world;

	@BeforeAll
	void twoAgenciesWithTheirAdministrators() {
		world = new AdminWorld(port);
	}

	PageBrowser signedIn(String username) {
		return signedIn(username, WebAppWorld.PASSWORD);
	}

	PageBrowser signedIn(String username, String password) {
		PageBrowser browser = new PageBrowser(port).signIn(username, password);
		browser.get("/app?lang=en");
		return browser;
	}

	@Test
	void anAgencyAdministratorAddsAUserWhomTheApiLetsIn() {
		PageBrowser admin = signedIn(world.homeAdmin);
		Page form = admin.get("/app/admin/users");
		assertThat(form.html()).contains(world.home.analyst, world.home.auditor, "Analyst", "Auditor")
			.doesNotContain(world.other.analyst, world.otherAdmin);
		String newcomer = "new-" + world.home.tag.toLowerCase();
		Page added = admin.submit(form, "/app/admin/users", Map.of("username", newcomer, "password",
				WebAppWorld.PASSWORD, "agency", world.home.agency, "roles", "SUPERVISOR"));
		assertThat(added.status()).isEqualTo(303);
		Page list = admin.follow(added);
		assertThat(list.html()).contains("User " + newcomer + " added.", newcomer, "Supervisor");

		ApiClient asNewcomer = new ApiClient(port).login(newcomer, WebAppWorld.PASSWORD);
		assertThat(asNewcomer.get("/api/v1/sharing-agreements").status()).isEqualTo(200);
		ApiClient auditor = new ApiClient(port).login(world.home.auditor, WebAppWorld.PASSWORD);
		assertThat(auditor.get("/api/v1/audit?action=USER_CREATED&subject=user:" + newcomer).text())
			.contains(world.homeAdmin);
	}

	@Test
	void anAgencyAdministratorCannotAddAUserToAnotherAgency() {
		PageBrowser admin = signedIn(world.homeAdmin);
		Page form = admin.get("/app/admin/users");
		Page refused = admin.submit(form, "/app/admin/users", Map.of("username", "intruder-" + world.home.tag.toLowerCase(),
				"password", WebAppWorld.PASSWORD, "agency", world.other.agency, "roles", "ADMIN"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.html()).contains("class=\"error-summary\"", "Your roles or your agency do not allow this.")
			.doesNotContain(WebAppWorld.PASSWORD);
	}

	@Test
	void aBadUserNameIsNamedAtItsFieldWithA400() {
		PageBrowser admin = signedIn(world.homeAdmin);
		Page refused = admin.submit(admin.get("/app/admin/users"), "/app/admin/users",
				Map.of("username", "X", "password", "short", "roles", "ANALYST"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html()).contains("href=\"#username\"", "Give a user name of 3 to 64", "aria-invalid=\"true\"");
	}

	@Test
	void anAgreementGrantedFromThePageIsSeenByTheApiAndEndsOnTheNextRequestOnceRevoked() {
		ApiClient otherAnalyst = new ApiClient(port).login(world.other.analyst, WebAppWorld.PASSWORD);
		String homeRecoveries = "/api/v1/recoveries?agency=" + world.home.agency;
		assertThat(otherAnalyst.get(homeRecoveries).text()).doesNotContain("R1");

		PageBrowser admin = signedIn(world.homeAdmin);
		Map<String, String> terms = agreement(world.other.agency, LocalDate.now().minusDays(1), null);
		Page check = admin.submit(admin.get("/app/admin/agreements"), "/app/admin/agreements", terms);
		assertThat(check.status()).as(check.html()).isEqualTo(200);
		assertThat(check.html()).contains("Check the agreement before granting it", world.other.agency + " will see what you share",
				"Recoveries", "Full records", "No end", "name=\"step\" value=\"confirmed\"");
		assertThat(otherAnalyst.get(homeRecoveries).text()).as("nothing shared before it is confirmed").doesNotContain("R1");
		Page changing = admin.submit(check, "/app/admin/agreements", with(terms, "step", "change"));
		assertThat(changing.html()).as("the form again, filled in").contains("id=\"new-agreement\"",
				"value=\"" + world.other.agency + "\" selected=");
		Page granted = admin.submit(check, "/app/admin/agreements", with(terms, "step", "confirmed"));
		assertThat(granted.status()).as(granted.html()).isEqualTo(303);
		Page list = admin.follow(granted);
		assertThat(list.html()).contains("Agreement granted to " + world.other.agency, "Full records", "In force");
		assertThat(new ApiClient(port).login(world.homeAdmin, WebAppWorld.PASSWORD).get("/api/v1/sharing-agreements").text())
			.contains(world.other.agency, "FULL");
		assertThat(otherAnalyst.get(homeRecoveries).text()).contains("R1", "Paramo");

		Matcher link = REVOKE_LINK.matcher(list.html());
		assertThat(link.find()).isTrue();
		Page confirm = admin.get(link.group(1));
		assertThat(confirm.html()).contains(world.other.agency + " will stop seeing this data", "Revoke the agreement");
		Page revoked = admin.submit(confirm, link.group(1), Map.of());
		assertThat(revoked.status()).isEqualTo(303);
		assertThat(admin.follow(revoked).html()).contains("Agreement with " + world.other.agency + " revoked.", "Revoked");
		assertThat(otherAnalyst.get(homeRecoveries).text()).doesNotContain("R1");
	}

	@Test
	void anAgencyAdministratorCannotGrantAnotherAgencysData() {
		PageBrowser admin = signedIn(world.homeAdmin);
		Map<String, String> fields = agreement(world.home.agency, LocalDate.now(), null);
		fields.put("grantor", world.other.agency);
		Page refused = admin.submit(admin.get("/app/admin/agreements"), "/app/admin/agreements", fields);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.html()).contains("href=\"#grantor\"", "Your roles or your agency do not allow this.");
		assertThat(new ApiClient(port).login(world.otherAdmin, WebAppWorld.PASSWORD).get("/api/v1/sharing-agreements").text())
			.doesNotContain(world.home.agency);
	}

	@Test
	void anEndBeforeTheStartIsRefusedAtTheEndDate() {
		PageBrowser admin = signedIn(world.homeAdmin);
		Page refused = admin.submit(admin.get("/app/admin/agreements"), "/app/admin/agreements",
				agreement(world.other.agency, LocalDate.now(), LocalDate.now().minusDays(3)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html()).contains("href=\"#validUntil\"",
				"The end date must be the same as or after the start date.");
		Map<String, String> notADate = agreement(world.other.agency, LocalDate.now(), null);
		notADate.put("validFromMonth", "13");
		Page wrong = admin.submit(refused, "/app/admin/agreements", notADate);
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.html()).contains("href=\"#validFrom\"", "a real day, month and year");
	}

	@Test
	void aTokenIsShownOnceThenListedWithoutItsValueAndARevokedTokenIsRefused() {
		PageBrowser admin = signedIn(world.homeAdmin);
		LocalDate expiry = LocalDate.now().plusDays(30);
		Map<String, String> fields = new LinkedHashMap<>(Map.of("name", "nightly feed", "roles", "ANALYST",
				"expiresAtDay", "" + expiry.getDayOfMonth(), "expiresAtMonth", "" + expiry.getMonthValue(),
				"expiresAtYear", "" + expiry.getYear()));
		Page made = admin.submit(admin.get("/app/admin/tokens"), "/app/admin/tokens", fields);
		assertThat(made.status()).isEqualTo(201);
		Matcher value = Pattern.compile("value=\"(itk_[^\"]+)\"").matcher(made.html());
		assertThat(value.find()).isTrue();
		String token = value.group(1);
		ApiClient system = new ApiClient(port).login(null, null).bearer(token);
		assertThat(system.get("/api/v1/recoveries?agency=" + world.home.agency).status()).isEqualTo(200);

		Page list = admin.get("/app/admin/tokens");
		assertThat(list.html()).contains("nightly feed", "Active").doesNotContain(token);
		Matcher revoke = Pattern.compile("action=\"(/app/admin/tokens/[0-9a-f-]+/revoke)\"").matcher(list.html());
		assertThat(revoke.find()).isTrue();
		assertThat(admin.submit(list, revoke.group(1), Map.of()).status()).isEqualTo(303);
		assertThat(system.get("/api/v1/recoveries?agency=" + world.home.agency).status()).isEqualTo(401);
	}

	@Test
	void anAnalystIsShownTheRefusalPage() {
		Page denied = signedIn(world.home.analyst).get("/app/admin");
		assertThat(denied.status()).isEqualTo(403);
		assertThat(denied.html()).doesNotContain(world.home.agency + "</th>", "Add an agency");
	}

	@Test
	void onlyTheOperatorsAddAgencies() {
		Page front = signedIn(world.homeAdmin).get("/app/admin");
		assertThat(front.html()).contains(world.home.agency, "Only the installation’s operators add agencies.")
			.doesNotContain(world.other.agency);
		PageBrowser admin = signedIn(world.homeAdmin);
		Page refused = admin.post("/app/admin/agencies", Map.of("code", "XX-NOPE", "name", "No", "country", "MX",
				"kind", "NATIONAL", "_csrf", admin.get("/app/admin/users").csrfToken()));
		assertThat(refused.status()).isEqualTo(403);
	}

	@Test
	void theOperatorsAddAnAgencyAndSeeEveryAgencysUsers() {
		PageBrowser operator = signedIn("admin", ApiClient.ADMIN_PASSWORD);
		Page front = operator.get("/app/admin");
		assertThat(front.html()).contains(world.home.agency, world.other.agency, "Add an agency");
		String code = "RB-" + world.home.tag;
		Page added = operator.submit(front, "/app/admin/agencies",
				Map.of("code", code, "name", "Regional body " + code, "country", "jm", "kind", "REGIONAL"));
		assertThat(added.status()).as(added.html()).isEqualTo(303);
		assertThat(operator.follow(added).html()).contains("Agency " + code + " added.", "Regional body " + code);
		Page again = operator.submit(front, "/app/admin/agencies",
				Map.of("code", code, "name", "Twice", "country", "JM", "kind", "REGIONAL"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.html()).contains("href=\"#code\"", "An agency with this code already exists.");
		Page badCountry = operator.submit(front, "/app/admin/agencies",
				Map.of("code", code + "-2", "name", "Bad", "country", "Jamaica", "kind", "REGIONAL"));
		assertThat(badCountry.status()).isEqualTo(400);
		assertThat(badCountry.html()).contains("href=\"#country\"", "Give a two-letter country code");
		assertThat(operator.get("/app/admin/users").html()).contains(world.home.analyst, world.other.analyst,
				"Users of every agency");
	}

	@Test
	void aUserLockedOutByWrongPasswordsIsUnlockedFromThePage() {
		String victim = "locked-" + world.home.tag.toLowerCase();
		assertThat(world.home.operator.postJson("/api/v1/users", Map.of("username", victim, "password",
				WebAppWorld.PASSWORD, "agency", world.home.agency, "roles", java.util.List.of("ANALYST"))).status())
			.isEqualTo(201);
		ApiClient guesser = new ApiClient(port).login(victim, "wrong password 1");
		for (int i = 0; i < 5; i++) {
			guesser.get("/api/v1/sharing-agreements");
		}
		ApiClient rightful = new ApiClient(port).login(victim, WebAppWorld.PASSWORD);
		assertThat(rightful.get("/api/v1/recoveries?agency=" + world.home.agency).status()).isEqualTo(401);

		PageBrowser admin = signedIn(world.homeAdmin);
		Page users = admin.get("/app/admin/users");
		assertThat(users.html()).contains("Locked after wrong passwords", "Unlock " + victim);
		Page unlocked = admin.submit(users, "/app/admin/users/" + victim + "/unlock", Map.of());
		assertThat(unlocked.status()).isEqualTo(303);
		assertThat(admin.follow(unlocked).html()).contains("User " + victim + " unlocked.");
		assertThat(rightful.get("/api/v1/recoveries?agency=" + world.home.agency).status()).isEqualTo(200);

		Page notYours = signedIn(world.otherAdmin).submit(admin.get("/app/admin/users"),
				"/app/admin/users/" + victim + "/unlock", Map.of());
		assertThat(notYours.status()).isIn(403, 404);
	}

	@Test
	void thePagesSpeakSpanishAndFrench() {
		PageBrowser admin = signedIn(world.homeAdmin);
		assertThat(admin.get("/app/admin/agreements?lang=es").html()).contains("<html lang=\"es\"",
				"Acuerdos de intercambio", "Registros sin datos personales", "Rastreos", "Fecha de término");
		assertThat(admin.get("/app/admin/users?lang=fr").html()).contains("<html lang=\"fr\"", "Utilisateurs de "
				+ world.home.agency, "Ajouter l’utilisateur", "Analyste",
				"Lit le journal d’audit : qui a lu ou modifié quoi, et pour quel dossier.");
		assertThat(admin.get("/app/admin/users?lang=en").html()).as("each role says what it allows, tied to its box")
			.contains("aria-describedby=\"roles-AUDITOR-hint\"",
					"id=\"roles-AUDITOR-hint\">Reads the audit trail: who read or changed what, and for which case.</p>");
		assertThat(admin.get("/app/admin/tokens?lang=fr").html()).contains("Jetons d’API", "Créer le jeton");
	}

	@Test
	void aFormPostedWithoutItsTokenIsRefused() {
		Page forged = signedIn(world.homeAdmin).post("/app/admin/agreements",
				agreement(world.other.agency, LocalDate.now(), null));
		assertThat(forged.status()).isEqualTo(403);
	}

	/** Every error of the form at once, each linked to its field. */
	@Test
	void anIncompleteAgreementNamesEveryProblemAtOnce() {
		PageBrowser admin = signedIn(world.homeAdmin);
		Map<String, String> empty = agreement("", LocalDate.now(), LocalDate.now().minusDays(2));
		empty.remove("scope");
		empty.remove("level");
		Page refused = admin.submit(admin.get("/app/admin/agreements"), "/app/admin/agreements", empty);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html()).containsSubsequence("href=\"#grantee\"", "href=\"#scope\"", "href=\"#level\"",
				"href=\"#validUntil\"");
	}

	private static Map<String, String> with(Map<String, String> fields, String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(fields);
		more.put(name, value);
		return more;
	}

	static Map<String, String> agreement(String grantee, LocalDate from, LocalDate until) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("grantee", grantee);
		fields.put("scope", "RECOVERIES");
		fields.put("level", "FULL");
		fields.put("validFromDay", "" + from.getDayOfMonth());
		fields.put("validFromMonth", "" + from.getMonthValue());
		fields.put("validFromYear", "" + from.getYear());
		fields.put("validUntilDay", until == null ? "" : "" + until.getDayOfMonth());
		fields.put("validUntilMonth", until == null ? "" : "" + until.getMonthValue());
		fields.put("validUntilYear", until == null ? "" : "" + until.getYear());
		return fields;
	}
}
