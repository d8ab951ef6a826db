package org.irontrace.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.report.PublicationFixtures.agencyWithAdministrator;
import static org.irontrace.report.PublicationFixtures.consent;
import static org.irontrace.report.PublicationFixtures.recoveries;

import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.ApiClient.Answer;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Who publishes, what and how often, over real HTTP: only the operators, only ended calendar
 * months, quarters and years, each once and never overlapping, counting only the agencies that
 * opted in, so no two releases subtract to a small count.
 */
@IntegrationTest
class PublicationRulesTest {

	static final String PUBLICATIONS = "/api/v1/reports/publications";

	@LocalServerPort
	int port;

	@Test
	void anAgencysAdministratorPublishesNothingNotEvenItsOwnCountry() {
		ApiClient operator = new ApiClient(port);
		String agency = "PUB-" + LedgerFixtures.uniqueTag();
		ApiClient admin = agencyWithAdministrator(port, operator, agency, "TV");
		recoveries(operator, agency, "TV", "2021-03-10", 6);
		consent(admin, agency);

		Answer refused = admin.postJson(PUBLICATIONS, Map.of("country", "TV", "from", "2021-03-01", "to", "2021-03-31"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(operator.get("/api/v1/public/reports").text()).doesNotContain("recoveries-TV-2021-03-01");

		Answer published = operator.postJson(PUBLICATIONS, Map.of("country", "TV", "from", "2021-03-01", "to", "2021-03-31"));
		assertThat(published.status()).isEqualTo(200);
		assertThat(operator.get("/api/v1/public/reports").text()).contains("recoveries-TV-2021-03-01-2021-03-31");
	}

	@Test
	void onlyEndedCalendarMonthsQuartersAndYearsArePublished() {
		ApiClient operator = new ApiClient(port);
		Answer shifted = operator.postJson(PUBLICATIONS, Map.of("country", "NR", "from", "2021-01-02", "to", "2021-01-31"));
		assertThat(shifted.status()).isEqualTo(400);
		assertThat(shifted.json().get("detail").asString()).contains("'from'");
		Answer ragged = operator.postJson(PUBLICATIONS, Map.of("country", "NR", "from", "2021-01-01", "to", "2021-02-15"));
		assertThat(ragged.status()).isEqualTo(400);
		assertThat(ragged.json().get("detail").asString()).contains("'to'");
		Answer lateQuarter = operator.postJson(PUBLICATIONS, Map.of("country", "NR", "from", "2021-02-01", "to", "2021-04-30"));
		assertThat(lateQuarter.status()).as("three months that are no quarter").isEqualTo(400);
		Answer running = operator.postJson(PUBLICATIONS, Map.of("country", "NR", "from", "2099-01-01", "to", "2099-12-31"));
		assertThat(running.status()).isEqualTo(400);
		assertThat(running.json().get("detail").asString()).contains("'to'").contains("past");
	}

	@Test
	void onlyTheAgenciesThatOptedInAreCounted() {
		ApiClient operator = new ApiClient(port);
		String willing = "PUBW-" + LedgerFixtures.uniqueTag();
		String unwilling = "PUBU-" + LedgerFixtures.uniqueTag();
		ApiClient willingAdmin = agencyWithAdministrator(port, operator, willing, "KI");
		ApiClient unwillingAdmin = agencyWithAdministrator(port, operator, unwilling, "KI");
		recoveries(operator, willing, "KI", "2020-05-10", 7);
		recoveries(operator, unwilling, "KI", "2020-05-12", 9);

		Answer nobody = operator.postJson(PUBLICATIONS, Map.of("country", "KI", "from", "2020-04-01", "to", "2020-06-30"));
		assertThat(nobody.status()).as("no agency of KI opted in").isEqualTo(409);

		assertThat(willingAdmin.putJson("/api/v1/agencies/" + unwilling + "/publication-consent", Map.of("consented", true))
			.status()).as("another agency's administrator").isEqualTo(403);
		assertThat(operator.putJson("/api/v1/agencies/" + unwilling + "/publication-consent", Map.of("consented", true))
			.status()).as("the operators do not choose for an agency").isEqualTo(403);
		assertThat(unwillingAdmin.putJson("/api/v1/agencies/" + unwilling + "/publication-consent", Map.of())
			.json().get("detail").asString()).contains("'consented'");
		assertThat(unwillingAdmin.putJson("/api/v1/agencies/" + unwilling + "/publication-consent",
				Map.of("consented", "maybe")).status()).isEqualTo(400);
		assertThat(willingAdmin.get("/api/v1/agencies/" + unwilling + "/publication-consent").status()).isEqualTo(403);
		consent(willingAdmin, willing);
		assertThat(operator.get("/api/v1/agencies/" + willing + "/publication-consent").json().get("consented").asBoolean())
			.isTrue();
		assertThat(operator.get("/api/v1/audit?action=PUBLICATION_CONSENT_GIVEN&subject=agency:" + willing).text()).contains("agency:" + willing);

		Answer published = operator.postJson(PUBLICATIONS, Map.of("country", "KI", "from", "2020-04-01", "to", "2020-06-30"));
		assertThat(published.status()).isEqualTo(200);
		assertThat(count(published.json(), "totals", "recovered")).as("the 9 of the agency that did not opt in are not counted")
			.isEqualTo(7);
	}

	@Test
	void aPeriodIsPublishedOnceAndNeverOverlapsAnother() {
		ApiClient operator = new ApiClient(port);
		String agency = "PUBO-" + LedgerFixtures.uniqueTag();
		ApiClient admin = agencyWithAdministrator(port, operator, agency, "NU");
		recoveries(operator, agency, "NU", "2019-01-01", 6);
		recoveries(operator, agency, "NU", "2019-01-15", 6);
		consent(admin, agency);
		Map<String, String> january = Map.of("country", "NU", "from", "2019-01-01", "to", "2019-01-31");
		Answer first = operator.postJson(PUBLICATIONS, january);
		assertThat(first.status()).isEqualTo(200);
		assertThat(operator.postJson(PUBLICATIONS, january).json().get("version").asInt()).as("same figures, nothing new")
			.isEqualTo(1);

		Answer quarter = operator.postJson(PUBLICATIONS, Map.of("country", "NU", "from", "2019-01-01", "to", "2019-03-31"));
		assertThat(quarter.status()).as("Q1 minus January would give February and March to the day").isEqualTo(409);
		Answer year = operator.postJson(PUBLICATIONS, Map.of("country", "NU", "from", "2019-01-01", "to", "2019-12-31"));
		assertThat(year.status()).isEqualTo(409);

		recoveries(operator, agency, "NU", "2019-01-20", 1);
		Answer late = operator.postJson(PUBLICATIONS, january);
		assertThat(late.status()).as("other figures for a published period would reveal the late one by difference")
			.isEqualTo(409);
		String id = first.json().get("reportId").asString();
		assertThat(operator.get("/api/v1/public/reports/" + id + "/versions/2").status()).isEqualTo(404);
		Answer kept = new ApiClient(port).login(null, null).get("/api/v1/public/reports/" + id + "/versions/1");
		assertThat(kept.status()).isEqualTo(200);
		assertThat(count(kept.json(), "totals", "recovered")).isEqualTo(12);
	}

	static long count(JsonNode version, String table, String key) {
		for (JsonNode cell : version.get("data").get("cells")) {
			if (cell.get("table").asString().equals(table) && cell.get("key").asString().equals(key)) {
				return cell.get("count").asLong();
			}
		}
		throw new AssertionError("no cell " + table + "/" + key);
	}
}
