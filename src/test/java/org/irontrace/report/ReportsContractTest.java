package org.irontrace.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** FORMATS.md's Reports API over real HTTP, field for field, in every form. */
@IntegrationTest
class ReportsContractTest {

	@LocalServerPort
	int port;

	@Test
	void theRecoveriesReportAnswersWithFormatsFieldNames() {
		ApiClient api = new ApiClient(port);
		String agency = "LC-" + LedgerFixtures.uniqueTag();
		String csv = LedgerFixtures.csv(LedgerFixtures.RECOVERIES_HEADER,
				"R1," + agency + ",2021-03-01,LC,CASTRIES,Castries,HOMICIDE,,N,,Glock,,19,9mm,PISTOL,AT,,",
				"R2," + agency + ",2021-04-01,LC,GROS ISLET,Gros Islet,ASSAULT,,N,,,,,,RIFLE,,,",
				"R3," + agency + ",2021-05-01,LC,CASTRIES,Castries,,ZZ" + LedgerFixtures.uniqueTag() + ",N,,Colt,,,.45,PISTOL,US,,",
				"R4," + agency + ",2020-05-01,LC,CASTRIES,Castries,,,N,,,,,,,,,");
		assertThat(api.postCsv("/api/v1/imports/recoveries", csv).status()).isEqualTo(200);
		for (String id : List.of("R1", "R2", "R3")) {
			assertThat(api.postJson("/api/v1/traces", java.util.Map.of("agency", agency, "recoveryId", id)).status()).isEqualTo(200);
		}

		ApiClient.Answer answer = api.get("/api/v1/reports/recoveries?country=LC&from=2021-01-01&to=2021-12-31");
		assertThat(answer.status()).isEqualTo(200);
		JsonNode report = answer.json();
		assertThat(names(report)).contains("country", "from", "to", "asOf", "recovered", "traced", "outcomes", "statuses",
				"notTracedReasons", "partialReasons", "sourceStates", "firearmTypes", "calibres", "manufacturers",
				"timeToCrime", "crimeCodes", "sdg1642");
		assertThat(names(report.get("outcomes"))).containsExactly("usSourced", "nonUsSourced", "undetermined");
		assertThat(names(report.get("statuses"))).containsExactly("COMPLETED", "PARTIAL", "NOT_TRACED");
		assertThat(names(report.get("timeToCrime"))).containsExactly("lessThan3Months", "from3To7Months",
				"from7To12Months", "from1To2Years", "from2To3Years", "over3Years", "medianDays", "meanDays");
		assertThat(names(report.get("firearmTypes").get(0))).containsExactly("type", "count");
		assertThat(names(report.get("calibres").get(0))).containsExactly("calibre", "count");
		assertThat(names(report.get("manufacturers").get(0))).containsExactly("manufacturer", "count");
		assertThat(names(report.get("crimeCodes").get(0))).containsExactly("code", "count");
		assertThat(report.get("country").asString()).isEqualTo("LC");
		assertThat(report.get("from").asString()).isEqualTo("2021-01-01");
		assertThat(report.get("recovered").asLong()).isEqualTo(3);
		assertThat(report.get("traced").asLong()).isEqualTo(3);
		assertThat(report.get("statuses").get("NOT_TRACED").asLong()).isEqualTo(3);
		assertThat(report.get("previousPeriod").get("recovered").asLong()).isEqualTo(1);
		assertThat(report.get("change").get("recovered").asLong()).isEqualTo(2);
		assertThat(report.get("caveat").asString()).contains("not a random sample");

		assertThat(api.get("/api/v1/reports/recoveries?country=LC&from=2021-01-01&to=2021-12-31&format=csv").text())
			.startsWith("section,key,detail,value").contains("recovered,,,3");
		assertThat(api.get("/api/v1/reports/recoveries?country=LC&from=2021-01-01&to=2021-12-31&format=html").text())
			.contains("<svg").contains("not a random sample");
		assertThat(api.get("/api/v1/reports/recoveries?country=LC&from=2021-01-01&to=2021-12-31&format=pdf").text())
			.startsWith("%PDF");

		JsonNode annual = api.get("/api/v1/reports/unodc-iafq?country=LC&year=2021").json();
		assertThat(annual.get("weapons").asLong()).isEqualTo(3);
		assertThat(annual.get("seizedByType").get("PISTOL").asLong()).isEqualTo(2);
		assertThat(annual.get("tracingOutcomes").get("UNDETERMINED").asLong()).isEqualTo(3);
		assertThat(annual.get("countriesOfManufacture").toString()).contains("AT");

		JsonNode months = api.get("/api/v1/reports/monitoring?agency=" + agency + "&from=2021-01-01&to=2021-12-31").json();
		assertThat(months).hasSize(3);
		JsonNode march = months.get(0);
		assertThat(march.get("month").asString()).isEqualTo("2021-03-01");
		assertThat(march.get("submitted").asLong()).isEqualTo(1);
		assertThat(march.get("backlog").asLong()).isZero();
		assertThat(march.get("emptyFields").get("serialNumber").asLong()).isEqualTo(1);
		assertThat(march.get("failureReasons").get("SERIAL_MISSING").asLong()).isEqualTo(1);
	}

	@Test
	void mistakesAreAnsweredWith400AndPublicReportsAreListed() {
		ApiClient api = new ApiClient(port);
		assertThat(api.get("/api/v1/reports/recoveries?country=LC&from=2021-13-01&to=2021-12-31").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/reports/recoveries?from=2021-01-01&to=2021-12-31").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/reports/recoveries?country=LC&from=2021-02-01&to=2021-01-01").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/reports/recoveries?region=SOMEONE-ELSE&from=2021-01-01&to=2021-12-31").status())
			.isEqualTo(400);
		assertThat(api.get("/api/v1/reports/recoveries?country=LC&from=2021-01-01&to=2021-12-31&format=xls").status())
			.isEqualTo(400);

		String agency = "VC-" + LedgerFixtures.uniqueTag();
		ApiClient admin = PublicationFixtures.agencyWithAdministrator(port, api, agency, "VC");
		PublicationFixtures.recoveries(api, agency, "VC", "2022-02-01", 1);
		PublicationFixtures.consent(admin, agency);
		ApiClient.Answer published = api.postJson("/api/v1/reports/publications",
				java.util.Map.of("country", "VC", "from", "2022-01-01", "to", "2022-12-31"));
		assertThat(published.status()).isEqualTo(200);
		String id = published.json().get("reportId").asString();
		assertThat(api.get("/api/v1/public/reports").json().toString()).contains(id);
		ApiClient.Answer version = api.get("/api/v1/public/reports/" + id + "/versions/1");
		assertThat(version.status()).isEqualTo(200);
		assertThat(version.json().get("data").get("cells")).isNotNull();
		assertThat(api.get("/api/v1/public/reports/" + id + "/versions/1?format=csv").text()).startsWith("country,from,to");
		assertThat(api.get("/api/v1/public/reports/" + id + "/versions/99").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/public/open-data/dictionary").json().get("suppressed")).isNotNull();
	}

	private static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}
}
