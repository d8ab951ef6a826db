package org.irontrace.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.ApiClient.Answer;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * domestic_registry.csv over HTTP with FORMATS.md's names (good rows, re-sending, a later status,
 * refused rows), the registry's facade as the trace engine calls it, and the domestic diversion the
 * recoveries report counts.
 */
@IntegrationTest
class DomesticRegistryContractTest {

	static final String HEADER = "country,registry_id,serial_number,manufacturer,importer,model,caliber,firearm_type,holder_type,"
			+ "holder_name,holder_first_name,holder_last_name,holder_dob,holder_id_number,registered_date,status,status_date";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DomesticRegistry registry;

	ApiClient operator;

	String t;

	@BeforeEach
	void setUp() {
		operator = new ApiClient(port);
		t = LedgerFixtures.uniqueTag();
	}

	@Test
	void registeredGunsGoInOnceAndALaterStatusUpdatesThem() {
		String rows = csv(HEADER,
				"tt," + t + "-1," + t + "-A1,Glock,,19,9mm,PISTOL,police,Policía Nacional,,,,,2015-02-01,REPORTED_STOLEN,2021-06-01",
				"TT," + t + "-2," + t + " B2,Beretta,Century Arms,92,9mm,PISTOL,SECURITY_COMPANY,Segura SA,,,,,2016-01-01,ACTIVE,2016-01-01");
		assertReport(operator.postCsv("/api/v1/imports/domestic-registry", rows), 2, 0, 0);
		assertReport(operator.postCsv("/api/v1/imports/domestic-registry", rows), 0, 2, 0);
		assertThat(jdbc.sql("SELECT serial_key || ' ' || manufacturer_key || ' ' || holder_type FROM domestic_registry"
				+ " WHERE country = 'TT' AND registry_id = ?").param(t + "-1").query(String.class).single())
			.as("the ledger's normalisation").isEqualTo(t + "A1 GLOCK POLICE");

		String lost = "TT," + t + "-2," + t + " B2,Beretta,Century Arms,92,9mm,PISTOL,SECURITY_COMPANY,Segura SA,,,,,2016-01-01,REPORTED_LOST,";
		assertReport(operator.postCsv("/api/v1/imports/domestic-registry", csv(HEADER, lost + "2022-03-01")), 1, 0, 0);
		assertReport(operator.postCsv("/api/v1/imports/domestic-registry", csv(HEADER,
				lost.replace("REPORTED_LOST", "ACTIVE") + "2019-01-01")), 0, 1, 0);
		assertThat(jdbc.sql("SELECT status || ' ' || status_date FROM domestic_registry WHERE country = 'TT' AND registry_id = ?")
			.param(t + "-2").query(String.class).single()).as("an older status never undoes a newer one")
			.isEqualTo("REPORTED_LOST 2022-03-01");
	}

	@Test
	void badRowsAreRefusedWithLineColumnAndReason() {
		Answer answer = operator.postCsv("/api/v1/imports/domestic-registry", csv(HEADER,
				"TT," + t + "-1," + t + "1,Glock,,,,,PERSON,,Ana,Ruiz,1980-01-01,X123,,,",
				"TT," + t + "-2," + t + "2,Glock,,,,,CARTEL,,,,,,,,",
				"TT," + t + "-3," + t + "3,Glock,,,,,POLICE,,,,,,,MISSING,",
				"TT," + t + "-4,,Glock,,,,,POLICE,,,,,,,,",
				"TTO," + t + "-5," + t + "5,Glock,,,,,POLICE,,,,,,,,",
				"TT," + t + "-6," + t + "6,Glock,,,,,,,,,,,,,",
				"TT," + t + "-7," + t + "7,Glock,,,,,POLICE,,,,1980-31-01,,,,"));
		assertReport(answer, 1, 0, 6);
		JsonNode errors = answer.json().get("errors");
		assertThat(error(errors, 3)).containsEntry("column", "holder_type").extractingByKey("message").asString()
			.contains("CARTEL").contains("SECURITY_COMPANY");
		assertThat(error(errors, 4)).containsEntry("column", "status").extractingByKey("message").asString().contains("MISSING");
		assertThat(error(errors, 5)).containsEntry("column", "serial_number");
		assertThat(error(errors, 6)).containsEntry("column", "country");
		assertThat(error(errors, 7)).containsEntry("column", "holder_type");
		assertThat(error(errors, 8)).containsEntry("column", "holder_dob");

		Answer headless = operator.postCsv("/api/v1/imports/domestic-registry",
				"country,registry_id,serial_number,holder_type\nTT," + t + ",1,POLICE\n");
		assertThat(headless.status()).isEqualTo(400);
		assertThat(headless.json().get("detail").asString()).contains("manufacturer");
	}

	@Test
	void anAgencySendsOnlyItsOwnCountrysRegistry() {
		ApiClient analyst = operator.newAgencyWithAnalyst("LC-" + t, "LC", "lcreg-" + t.toLowerCase());
		Answer answer = analyst.postCsv("/api/v1/imports/domestic-registry", csv(HEADER,
				"LC," + t + "-1," + t + "1,Glock,,,,,POLICE,,,,,,,,",
				"JM," + t + "-2," + t + "2,Glock,,,,,POLICE,,,,,,,,"));
		assertReport(answer, 1, 0, 1);
		assertThat(error(answer.json().get("errors"), 3)).containsEntry("column", "country").extractingByKey("message").asString()
			.contains("LC-" + t).contains("JM");
	}

	@Test
	void theFacadeFindsABatchByFirearmIdentityInOneCountry() {
		assertReport(operator.postCsv("/api/v1/imports/domestic-registry", csv(HEADER,
				"JM," + t + "-1," + t + "-1,Glock,,,,,POLICE,,,,,,,REPORTED_STOLEN,2020-05-05",
				"JM," + t + "-2," + t + "-2,Smith & Wesson,Interarms,,,,MILITARY,,,,,,,,",
				"MX," + t + "-3," + t + "-3,Glock,,,,,PERSON,,,,,,,,")), 3, 0, 0);
		RegistryKey police = new RegistryKey(t + "1", "GLOCK", "");
		RegistryKey military = new RegistryKey(t + "2", makerKey(t + "-2"), null);
		RegistryKey otherImporter = new RegistryKey(t + "2", makerKey(t + "-2"), "CENTURY");
		RegistryKey otherCountry = new RegistryKey(t + "3", "GLOCK", null);
		RegistryKey otherMaker = new RegistryKey(t + "1", "COLT", null);
		RegistryKey noSerial = new RegistryKey(null, "GLOCK", null);

		Map<RegistryKey, RegisteredFirearm> found = registry.findRegistered("jm",
				List.of(police, military, otherImporter, otherCountry, otherMaker, noSerial));
		assertThat(found).containsOnlyKeys(police, military);
		assertThat(found.get(police)).isEqualTo(new RegisteredFirearm("JM", t + "-1", HolderType.POLICE,
				RegistryStatus.REPORTED_STOLEN, LocalDate.parse("2020-05-05")));
		assertThat(found.get(military).holderType()).isEqualTo(HolderType.MILITARY);
		assertThat(found.get(military).status()).isNull();
		assertThat(registry.findRegistered("JM", List.of())).isEmpty();
	}

	@Test
	void theReportCountsGunsDivertedFromTheRecoveringCountrysRegistry() {
		String agency = "LC-" + t;
		ApiClient analyst = operator.newAgencyWithAnalyst(agency, "LC", "reg-" + t.toLowerCase());
		assertReport(operator.postCsv("/api/v1/imports/domestic-registry", csv(HEADER,
				"LC," + t + "-1," + t + "-1,Glock,,,,,POLICE,,,,,,,REPORTED_STOLEN,2021-01-01",
				"LC," + t + "-2," + t + "-2,Beretta,Century Arms,,,,SECURITY_COMPANY,,,,,,,ACTIVE,",
				"LC," + t + "-5," + t + "-5,Beretta,Century Arms,,,,PERSON,,,,,,,REPORTED_STOLEN,",
				"JM," + t + "-3," + t + "-3,Glock,,,,,POLICE,,,,,,,REPORTED_STOLEN,")), 4, 0, 0);
		assertReport(analyst.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER,
				"R1," + agency + ",2022-02-01,LC,,,HOMICIDE," + t + "1,N,,Glock,,,,,,,",
				"R2," + agency + ",2022-03-01,LC,,,HOMICIDE," + t + "2,N,,Beretta,,,,,,,",
				"R3," + agency + ",2022-04-01,LC,,,HOMICIDE," + t + "3,N,,Glock,,,,,,,",
				"R4," + agency + ",2022-05-01,LC,,,HOMICIDE," + t + "4,N,,Glock,,,,,,,",
				"R5," + agency + ",2022-06-01,LC,,,HOMICIDE," + t + "5,N,,Beretta,Interarms,,,,,,",
				"R6," + agency + ",2021-06-01,LC,,,HOMICIDE," + t + "1,N,,Glock,,,,,,,")), 6, 0, 0);

		Answer report = analyst.get("/api/v1/reports/recoveries?country=LC&from=2022-01-01&to=2022-12-31");
		assertThat(report.status()).as(report.text()).isEqualTo(200);
		JsonNode diversion = report.json().get("domesticDiversion");
		assertThat(diversion.get("total").asLong()).as(diversion.toString()).isEqualTo(2);
		assertThat(diversion.get("byHolderType").get("POLICE").asLong()).isEqualTo(1);
		assertThat(diversion.get("byHolderType").get("SECURITY_COMPANY").asLong()).isEqualTo(1);
		assertThat(diversion.get("byHolderType").get("PERSON").asLong()).as("another importer is another gun").isZero();
		assertThat(diversion.get("byHolderType").get("MILITARY").asLong()).isZero();
		assertThat(diversion.get("reportedStolen").asLong()).isEqualTo(1);
		assertThat(analyst.get("/api/v1/reports/recoveries?country=LC&from=2022-01-01&to=2022-12-31&format=csv").text())
			.contains("domesticDiversion,total,,2").contains("domesticDiversion,byHolderType,POLICE,1");
	}

	private String makerKey(String registryId) {
		return jdbc.sql("SELECT manufacturer_key FROM domestic_registry WHERE registry_id = ?").param(registryId)
			.query(String.class).single();
	}

	private static void assertReport(Answer answer, int accepted, int duplicates, int rejected) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		assertThat(answer.json().get("accepted").asInt()).as(answer.text()).isEqualTo(accepted);
		assertThat(answer.json().get("duplicates").asInt()).as(answer.text()).isEqualTo(duplicates);
		assertThat(answer.json().get("rejected").asInt()).as(answer.text()).isEqualTo(rejected);
	}

	private static Map<String, Object> error(JsonNode errors, int line) {
		for (JsonNode error : errors) {
			if (error.get("line").asInt() == line) {
				return Map.of("line", line, "column", error.get("column").asString(), "message", error.get("message").asString());
			}
		}
		throw new AssertionError("no error on line " + line + " in " + errors);
	}
}
