package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Agency A shares its recoveries with agency B only as figures (AGGREGATES_ONLY) and in full with
 * agency D. In 2021 B recovered 3 guns in Tamaulipas (March) and 3 in Nuevo León (April); A recovered
 * 2 Colt revolvers in Sonora (March) and 7 Ruger rifles in Chihuahua (May). B's dashboard, map and
 * tables never show A's 2, nor let them be worked out by subtracting B's own figures; A's 7 alone
 * are shown exactly; D, granted in full, and A itself see every figure.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AggregatesOnlySuppressionTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String HEADER = "recovery_id,agency,recovery_date,country,admin_area,city,latitude,longitude,"
			+ "crime_code,serial_number,manufacturer,firearm_type";

	@LocalServerPort
	int port;

	final String tag = LedgerFixtures.uniqueTag();

	/** The agency sharing, the one it shares figures with, and the one it shares records with in full. */
	final String grantor = "GA-" + tag, grantee = "GB-" + tag, fullGrantee = "GD-" + tag;

	@BeforeAll
	void twoAgenciesAndTheirAgreements() {
		ApiClient operator = new ApiClient(port);
		ApiClient a = operator.newAgencyWithAnalyst(grantor, "MX", "ga-" + tag.toLowerCase());
		ApiClient b = operator.newAgencyWithAnalyst(grantee, "MX", "gb-" + tag.toLowerCase());
		operator.newAgencyWithAnalyst(fullGrantee, "MX", "gd-" + tag.toLowerCase());
		List<String> ofB = new ArrayList<>();
		List<String> ofA = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			ofB.add("B" + i + "," + grantee + ",2021-03-10,MX,TAM,Reynosa,25.9,-98.3,HOMICIDE,B" + i + tag + ",Glock,PISTOL");
			ofB.add("C" + i + "," + grantee + ",2021-04-10,MX,NLE,Monterrey,25.7,-100.3,ASSAULT,C" + i + tag + ",Glock,PISTOL");
		}
		for (int i = 1; i <= 2; i++) {
			ofA.add("S" + i + "," + grantor + ",2021-03-20,MX,SON,Nogales,31.3,-110.9,HOMICIDE,S" + i + tag + ",Colt,REVOLVER");
		}
		for (int i = 1; i <= 7; i++) {
			ofA.add("H" + i + "," + grantor + ",2021-05-15,MX,CHH,Juarez,31.7,-106.4,HOMICIDE,H" + i + tag + ",Ruger,RIFLE");
		}
		accepted(b.postCsv("/api/v1/imports/recoveries", csv(HEADER, ofB.toArray(String[]::new))), 6);
		accepted(a.postCsv("/api/v1/imports/recoveries", csv(HEADER, ofA.toArray(String[]::new))), 9);
		grant(operator, grantee, "AGGREGATES_ONLY");
		grant(operator, fullGrantee, "FULL");
	}

	@Test
	void aSmallFiguresOnlyPartIsWithheldEverywhereAndCannotBeWorkedBack() {
		JsonNode figures = dashboardData(grantee, "").get("figures");
		assertThat(figures.get("recovered").asLong()).as("A's 9 and B's 6 together").isEqualTo(15);
		assertThat(month(figures, "2021-03").get("recovered").isNull()).as("B's 3 and A's 2").isTrue();
		assertThat(month(figures, "2021-03").get("suppressed").asBoolean()).isTrue();
		assertThat(month(figures, "2021-04").get("recovered").asLong()).as("B's own month stays exact").isEqualTo(3);
		assertThat(named(figures.get("makers"), "Colt").get("count").isNull()).isTrue();
		assertThat(figures.get("points").toString()).as("no dot where A's two guns were").doesNotContain("-110.9");
		assertThat(figures.get("flowsOfRecordsSeen").asBoolean()).as("the flows leave A out").isTrue();
		for (String list : List.of("months", "makers", "calibres", "firearmTypes", "countries", "places", "crimeCodes",
				"timeToCrime", "sourceStates")) {
			long withheld = 0;
			for (JsonNode row : figures.get(list)) {
				withheld += row.get("suppressed").asBoolean() ? 1 : 0;
			}
			assertThat(withheld).as(list + ": one withheld figure beside a shown total would be the total's rest")
				.isNotEqualTo(1);
		}
		String page = signedIn(grantee).get(dashboard("/app/dashboard", "")).html();
		assertThat(page).containsPattern("2021-03</th>\\s*<td>withheld</td>").contains(
				"Some figures are withheld: those counting fewer than 5 recoveries of agencies that share only figures");
	}

	@Test
	void filteringDownToTheSmallPartShowsNoFigureOfItInAnyLanguageOrTable() {
		String sonora = "&place=SON";
		JsonNode figures = dashboardData(grantee, sonora).get("figures");
		for (String total : List.of("recovered", "located", "placed")) {
			assertThat(figures.get(total).isNull()).as(total).isTrue();
		}
		assertThat(signedIn(grantee).get(dashboard("/app/dashboard", sonora)).html())
			.contains("id=\"figure-recovered\">withheld<");
		assertThat(signedIn(grantee).get(dashboard("/app/dashboard", sonora).replace("lang=en", "lang=es")).html())
			.contains("id=\"figure-recovered\">reservada<", "menos de 5 recuperaciones");
		for (String language : List.of("fr", "ht", "nl")) {
			assertThat(signedIn(grantee).get(dashboard("/app/dashboard", sonora).replace("lang=en", "lang=" + language)).html())
				.doesNotContain("id=\"figure-recovered\">2<").contains(" 5 ");
		}
		PageBrowser browser = signedIn(grantee);
		assertThat(browser.get(dashboard("/app/dashboard/makers.csv", sonora)).html()).contains("Colt,withheld\r\n");
		assertThat(browser.get(dashboard("/app/dashboard/overTime.csv", sonora)).html()).contains("2021-03,withheld,0\r\n");
		String map = browser.get(dashboard("/app/map", sonora)).html();
		JsonNode mapData = JSON.readTree(data(map, "map-data"));
		assertThat(mapData.get("places").toString()).as("the map draws no shape for the withheld place").doesNotContain("SON");
		assertThat(mapData.get("points")).isEmpty();
		assertThat(map).contains("withheld", "those of agencies that share only figures are left out of them")
			.doesNotContain("2 of 2 recoveries");
		JsonNode byAgency = dashboardData(grantee, "&agency=" + grantor + sonora).get("figures");
		assertThat(byAgency.get("recovered").isNull()).as("the grantor's own filter neither").isTrue();
	}

	@Test
	void aLargeFiguresOnlyPartAndTheGranteesOwnAreExact() {
		JsonNode chihuahua = dashboardData(grantee, "&place=CHH").get("figures");
		assertThat(chihuahua.get("recovered").asLong()).isEqualTo(7);
		assertThat(named(chihuahua.get("makers"), "Ruger").get("count").asLong()).isEqualTo(7);
		assertThat(chihuahua.get("suppressed").asBoolean()).isFalse();
		JsonNode own = dashboardData(grantee, "&agency=" + grantee).get("figures");
		assertThat(own.get("recovered").asLong()).isEqualTo(6);
		assertThat(own.get("suppressed").asBoolean()).isFalse();
	}

	@Test
	void anAgencyGrantedInFullAndTheOwnerSeeEveryFigure() {
		for (String agency : List.of(fullGrantee, grantor)) {
			JsonNode figures = dashboardData(agency, "&agency=" + grantor).get("figures");
			assertThat(figures.get("suppressed").asBoolean()).isFalse();
			assertThat(figures.get("flowsOfRecordsSeen").asBoolean()).isFalse();
			assertThat(month(figures, "2021-03").get("recovered").asLong()).isEqualTo(2);
			assertThat(named(figures.get("makers"), "Colt").get("count").asLong()).isEqualTo(2);
			assertThat(signedIn(agency).get(dashboard("/app/dashboard/makers.csv", "&agency=" + grantor)).html())
				.contains("Colt,2\r\n");
		}
	}

	private JsonNode dashboardData(String agency, String filters) {
		return JSON.readTree(data(signedIn(agency).get(dashboard("/app/dashboard", filters)).html(), "dashboard-data"));
	}

	private static String data(String html, String id) {
		Matcher block = Pattern.compile("<script type=\"application/json\" id=\"" + id + "\">(.*?)</script>", Pattern.DOTALL)
			.matcher(html);
		assertThat(block.find()).as(id).isTrue();
		return block.group(1);
	}

	private PageBrowser signedIn(String agency) {
		String username = (agency.equals(grantor) ? "ga-" : agency.equals(grantee) ? "gb-" : "gd-") + tag.toLowerCase();
		return new PageBrowser(port).signIn(username, ApiClient.ANALYST_PASSWORD);
	}

	private static String dashboard(String path, String filters) {
		return path + "?from=2021-01-01&to=2021-12-31" + filters + "&lang=en";
	}

	private static JsonNode month(JsonNode figures, String month) {
		for (JsonNode row : figures.get("months")) {
			if (row.get("month").asString().equals(month)) {
				return row;
			}
		}
		throw new AssertionError("no month " + month + " in " + figures.get("months"));
	}

	private static JsonNode named(JsonNode list, String key) {
		for (JsonNode row : list) {
			if (key.equals(row.get("key").asString())) {
				return row;
			}
		}
		throw new AssertionError("no " + key + " in " + list);
	}

	private void grant(ApiClient operator, String to, String level) {
		ApiClient.Answer answer = operator.postJson("/api/v1/sharing-agreements", Map.of("grantor", grantor, "grantee", to,
				"scope", List.of("RECOVERIES"), "level", level, "validFrom", "2020-01-01"));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
	}

	private static void accepted(ApiClient.Answer answer, int rows) {
		assertThat(answer.json().get("accepted").asInt()).as(answer.text()).isEqualTo(rows);
	}
}
