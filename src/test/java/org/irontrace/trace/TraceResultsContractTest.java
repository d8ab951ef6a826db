package org.irontrace.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

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
 * trace_results.csv through {@code POST /api/v1/imports/trace-results}, with FORMATS.md's names: the
 * answers of the tracing authority become the recoveries' traces, with no ledger at all.
 */
@IntegrationTest
class TraceResultsContractTest {

	static final String HEADER = "agency,recovery_id,trace_number,result_date,trace_status,not_traced_reason,"
			+ "serial_number,manufacturer,importer,model,caliber,firearm_type,country_of_manufacture,source_licence,"
			+ "source_name,dealer_licence,dealer_name,dealer_city,dealer_state,sale_date,purchaser_first_name,"
			+ "purchaser_last_name,purchaser_dob,purchaser_state,time_to_crime_days,multiple_sale";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	String t;

	String agency;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		t = LedgerFixtures.uniqueTag();
		agency = "FGR-" + t;
		assertThat(api.postJson("/api/v1/agencies",
				java.util.Map.of("code", agency, "name", "Fiscalía " + t, "country", "MX", "kind", "NATIONAL")).status())
			.isEqualTo(201);
		assertThat(api.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER,
				"R1," + agency + ",2021-03-15,MX,SON,Hermosillo,HOMICIDE,,Y,,Colt,,,,RIFLE,,Juan,Pérez",
				"R2," + agency + ",2021-04-01,MX,SON,Nogales,,G" + t + "2,N,,Glock,,19,9mm,PISTOL,,,")).status())
			.isEqualTo(200);
	}

	private String completed(String recovery, String number, String resultDate, String serial, String dealer,
			String saleDate, String lastName, String days) {
		return String.join(",", agency, recovery, number, resultDate, "COMPLETED", "", serial, "Colt", "", "AR-15",
				"5.56 NATO", "RIFLE", "US", "M-" + t, "Colt's Manufacturing", dealer, "Border Guns " + t, "Tucson", "AZ",
				saleDate, "Ann", lastName, "1990-02-03", "AZ", days, "Y");
	}

	private String notTraced(String recovery, String number, String words) {
		return String.join(",", agency, recovery, number, "2021-05-01", "NOT_TRACED", words, "", "", "", "", "", "", "",
				"", "", "", "", "", "", "", "", "", "", "", "", "");
	}

	@Test
	void aCompletedAnswerTracesAnObliteratedGunWithNoLedgerAtAll() {
		Answer answer = api.postCsv("/api/v1/imports/trace-results", csv(HEADER,
				completed("R1", "T-" + t + "-1", "2021-04-20", "C" + t + "1", "D-" + t, "2020-09-15", "Smith", "")));
		assertThat(answer.json().get("accepted").asLong()).isEqualTo(1);

		JsonNode trace = current("R1");
		assertThat(trace.get("status").asText()).isEqualTo("COMPLETED");
		assertThat(trace.get("source").asText()).isEqualTo("TRACE_RESULT");
		assertThat(trace.get("traceNumber").asText()).isEqualTo("T-" + t + "-1");
		assertThat(trace.get("usSourced").asBoolean()).isTrue();
		assertThat(trace.get("firstRetailSale").get("licence").asText()).isEqualTo("D-" + t);
		assertThat(trace.get("firstRetailSale").get("businessName").asText()).isEqualTo("Border Guns " + t);
		assertThat(trace.get("firstRetailSale").get("state").asText()).isEqualTo("AZ");
		assertThat(trace.get("firstRetailSale").get("purchaser").get("lastName").asText()).isEqualTo("Smith");
		assertThat(trace.get("timeToCrimeDays").asInt()).as("2020-09-15 to 2021-03-15").isEqualTo(181);
		assertThat(trace.get("chain").findValuesAsString("source")).containsOnly("TRACE_RESULT");
		assertThat(trace.get("authority").get("multipleSale").asBoolean()).isTrue();

		// The authority's word on the multiple sale reaches the buyer's lead, with no ledger to show the sale group.
		assertThat(api.post("/api/v1/leads/refresh", "application/json", "").status()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT evidence::text FROM lead WHERE lead_type = 'PERSON' AND active AND ? = ANY(contributing_agencies)")
			.param(agency).query(String.class).list()).as("the buyer's lead").anyMatch(e -> e.contains("REPORTED_MULTIPLE_SALE"));
	}

	@Test
	void anUnknownRecoveryIsCreatedFromTheAnswersFirearmColumns() {
		api.postCsv("/api/v1/imports/trace-results",
				csv(HEADER, completed("NEW-9", "T-" + t + "-9", "2022-01-10", "C" + t + "9", "D-" + t, "2021-06-01", "Lee", "100")));
		JsonNode recovery = jdbc.sql("SELECT row_to_json(r)::text FROM recovery r WHERE agency = ? AND recovery_id = 'NEW-9'")
			.param(agency)
			.query(String.class)
			.optional()
			.map(text -> new tools.jackson.databind.ObjectMapper().readTree(text))
			.orElseThrow();
		assertThat(recovery.get("manufacturer").asText()).isEqualTo("Colt");
		assertThat(recovery.get("serial_number").asText()).isEqualTo("C" + t + "9");
		assertThat(recovery.get("country").asText()).as("the agency's country").isEqualTo("MX");
		assertThat(recovery.get("recovery_date").asText()).as("sale date + reported time-to-crime").isEqualTo("2021-09-09");
		assertThat(current("NEW-9").get("timeToCrimeDays").asInt()).isEqualTo(100);
	}

	@Test
	void theSameFileTwiceChangesNothingAndAnotherAnswerUnderTheSameNumberIsRefused() {
		String file = csv(HEADER, completed("R1", "T-" + t + "-1", "2021-04-20", "C" + t + "1", "D-" + t, "2020-09-15", "Smith", ""));
		api.postCsv("/api/v1/imports/trace-results", file);
		long traces = count("SELECT count(*) FROM trace_result WHERE agency = ?");
		long evidence = count("SELECT count(*) FROM custody_event WHERE trace_agency = ?");
		Answer again = api.postCsv("/api/v1/imports/trace-results", file);
		assertThat(again.json().get("duplicates").asLong()).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM trace_result WHERE agency = ?")).isEqualTo(traces);
		assertThat(count("SELECT count(*) FROM custody_event WHERE trace_agency = ?")).isEqualTo(evidence);

		Answer other = api.postCsv("/api/v1/imports/trace-results",
				csv(HEADER, completed("R1", "T-" + t + "-1", "2021-04-20", "C" + t + "1", "E-" + t, "2020-09-15", "Smith", "")));
		assertThat(other.json().get("rejected").asLong()).isEqualTo(1);
		JsonNode error = other.json().get("errors").get(0);
		assertThat(error.get("line").asLong()).isEqualTo(2);
		assertThat(error.get("column").asText()).isEqualTo("trace_number");
		assertThat(error.get("message").asText()).contains("T-" + t + "-1").contains("later result_date");
		assertThat(current("R1").get("firstRetailSale").get("licence").asText()).isEqualTo("D-" + t);
	}

	@Test
	void aLaterAnswerSupersedesTheEarlierAndBothStayInTheHistory() {
		api.postCsv("/api/v1/imports/trace-results", csv(HEADER, notTraced("R1", "T-" + t + "-1", "INSUFFICIENT DESCRIPTION")));
		assertThat(current("R1").get("reason").asText()).isEqualTo("INSUFFICIENT_DESCRIPTION");
		api.postCsv("/api/v1/imports/trace-results",
				csv(HEADER, completed("R1", "T-" + t + "-1", "2021-06-20", "C" + t + "1", "D-" + t, "2020-09-15", "Smith", "")));
		assertThat(current("R1").get("status").asText()).isEqualTo("COMPLETED");
		assertThat(count("SELECT count(*) FROM trace_answer WHERE agency = ?")).isEqualTo(2);
		Answer history = api.get("/api/v1/traces?agency=" + agency + "&recoveryId=R1");
		assertThat(history.json().findValuesAsString("status")).contains("COMPLETED", "NOT_TRACED");
	}

	@Test
	void aCorrectionReplacesTheEvidenceOfTheAnswerItCorrectsAndAnOlderAnswerDoesNot() {
		String number = "T-" + t + "-1";
		api.postCsv("/api/v1/imports/trace-results",
				csv(HEADER, completed("R1", number, "2021-04-20", "C" + t + "1", "D-" + t, "2020-09-15", "Smith", "")));
		assertThat(evidenceOf(number)).containsExactly("SOLD from D-" + t);

		api.postCsv("/api/v1/imports/trace-results", csv(HEADER, String.join(",", agency, "R1", number, "2021-06-01",
				"DEALER_ONLY", "", "C" + t + "1", "Colt", "", "AR-15", "5.56 NATO", "RIFLE", "US", "M-" + t,
				"Colt's Manufacturing", "E-" + t, "Valley Guns", "El Paso", "TX", "", "", "", "", "", "", "")));
		assertThat(evidenceOf(number)).as("the corrected answer's evidence").containsExactly("TRANSFERRED from M-" + t);
		assertThat(current("R1").get("status").asText()).isEqualTo("PARTIAL");

		api.postCsv("/api/v1/imports/trace-results",
				csv(HEADER, completed("R1", number, "2021-03-01", "C" + t + "1", "F-" + t, "2020-01-15", "Brown", "")));
		assertThat(evidenceOf(number)).as("an answer older than the latest is history, not evidence")
			.containsExactly("TRANSFERRED from M-" + t);
		assertThat(count("SELECT count(*) FROM trace_answer WHERE agency = ?")).isEqualTo(3);
		assertThat(current("R1").get("status").asText()).isEqualTo("PARTIAL");
	}

	private java.util.List<String> evidenceOf(String traceNumber) {
		return jdbc.sql("SELECT event_type || ' from ' || from_licence FROM custody_event WHERE trace_agency = ? AND trace_number = ?")
			.param(agency)
			.param(traceNumber)
			.query(String.class)
			.list();
	}

	@Test
	void theAuthoritysWordsAreReadAsIronTracesReasonsAndKept() {
		api.postCsv("/api/v1/imports/trace-results", csv(HEADER, notTraced("R1", "T-" + t + "-1", "OBLITERATED SERIAL"),
				notTraced("R2", "T-" + t + "-2", "OUT OF BUSINESS RECORDS NOT FOUND")));
		JsonNode obliterated = current("R1");
		assertThat(obliterated.get("status").asText()).isEqualTo("NOT_TRACED");
		assertThat(obliterated.get("reason").asText()).isEqualTo("SERIAL_OBLITERATED");
		assertThat(obliterated.get("authority").get("notTracedReason").asText()).isEqualTo("OBLITERATED SERIAL");
		assertThat(current("R2").get("reason").asText()).isEqualTo("NO_RETAIL_SALE_RECORD");
	}

	@Test
	void aDealerOnlyAnswerIsPartialAtThatDealer() {
		api.postCsv("/api/v1/imports/trace-results", csv(HEADER, String.join(",", agency, "R2", "T-" + t + "-2",
				"2021-05-01", "DEALER_ONLY", "", "G" + t + "2", "Glock", "", "19", "9mm", "PISTOL", "AT", "I-" + t,
				"Glock Inc", "D-" + t, "Valley Guns", "El Paso", "TX", "", "", "", "", "", "", "")));
		JsonNode trace = current("R2");
		assertThat(trace.get("status").asText()).isEqualTo("PARTIAL");
		assertThat(trace.get("reason").asText()).isEqualTo("NO_RETAIL_SALE_RECORD");
		assertThat(trace.get("usSourced").asBoolean()).isTrue();
		JsonNode link = trace.get("chain").get(0);
		assertThat(link.get("eventType").asText()).isEqualTo("TRANSFERRED");
		assertThat(link.get("fromLicence").asText()).isEqualTo("I-" + t);
		assertThat(link.get("toLicence").asText()).isEqualTo("D-" + t);
	}

	@Test
	void whereTheLedgerSaysOtherwiseBothAreKeptAndTheContradictionShown() {
		api.postCsv("/api/v1/imports/commerce-events", csv(EVENTS_HEADER,
				"L1-" + t + ",MANUFACTURED,2019-01-01,C" + t + "1,Colt,,AR-15,5.56 NATO,RIFLE,US,,M-" + t + ",,,,",
				"L2-" + t + ",SOLD,2019-06-01,C" + t + "1,Colt,,AR-15,5.56 NATO,RIFLE,US,L-" + t + ",,Bo,Jones,1980-01-01,TX"));
		api.postCsv("/api/v1/imports/trace-results",
				csv(HEADER, completed("R1", "T-" + t + "-1", "2021-04-20", "C" + t + "1", "D-" + t, "2020-09-15", "Smith", "")));
		JsonNode trace = current("R1");
		assertThat(trace.get("chain").findValuesAsString("source")).contains("LEDGER", "TRACE_RESULT");
		assertThat(trace.get("contradictions").findValuesAsString("about")).contains("DEALER", "SALE_DATE");
	}

	@Test
	void aGunTheHomeRegistryHoldsIsSaidToBeDivertedAtHome() {
		assertThat(api.postCsv("/api/v1/imports/domestic-registry", csv(
				"country,registry_id,serial_number,manufacturer,holder_type,status,status_date",
				"MX,SEDENA-" + t + ",G" + t + "2,Glock,MILITARY,REPORTED_STOLEN,2020-11-02")).status()).isEqualTo(200);
		api.postCsv("/api/v1/imports/trace-results", csv(HEADER, notTraced("R2", "T-" + t + "-2", "FOREIGN NO IMPORT RECORD"),
				completed("R1", "T-" + t + "-1", "2021-04-20", "C" + t + "1", "D-" + t, "2020-09-15", "Smith", "")));
		JsonNode trace = current("R2");
		assertThat(trace.get("reason").asText()).isEqualTo("FOREIGN_NOT_IMPORTED");
		JsonNode home = trace.get("domesticRegistry");
		assertThat(home.get("registryId").asText()).isEqualTo("SEDENA-" + t);
		assertThat(home.get("holderType").asText()).isEqualTo("MILITARY");
		assertThat(home.get("status").asText()).isEqualTo("REPORTED_STOLEN");
		assertThat(current("R1").get("domesticRegistry").isNull()).isTrue();
	}

	@Test
	void badRowsAreRefusedWithLineColumnAndReason() {
		Answer answer = api.postCsv("/api/v1/imports/trace-results", csv(HEADER,
				String.join(",", agency, "R1", "T-" + t + "-1", "2021-05-01", "FOUND", "", "", "", "", "", "", "", "", "",
						"", "", "", "", "", "", "", "", "", "", "", ""),
				String.join(",", agency, "R1", "T-" + t + "-2", "2021-05-01", "COMPLETED", "", "C1", "Colt", "", "", "",
						"", "", "", "", "", "", "", "", "2020-01-01", "", "", "", "", "", ""),
				String.join(",", "OTHER-" + t, "R1", "T-" + t + "-3", "2021-05-01", "NOT_TRACED", "", "", "", "", "", "",
						"", "", "", "", "", "", "", "", "", "", "", "", "", "", "")));
		assertThat(answer.json().get("rejected").asLong()).isEqualTo(1 + 1 + 1);
		JsonNode errors = answer.json().get("errors");
		assertThat(errors.get(0).get("column").asText()).isEqualTo("trace_status");
		assertThat(errors.get(0).get("message").asText()).contains("FOUND");
		assertThat(errors.get(1).get("line").asLong()).isEqualTo(3);
		assertThat(errors.get(1).get("column").asText()).isEqualTo("dealer_licence");
		assertThat(errors.get(2).get("column").asText()).isEqualTo("recovery_id");
		assertThat(errors.get(2).get("message").asText()).contains("recovery_country");
	}

	private JsonNode current(String recovery) {
		Answer history = api.get("/api/v1/traces?agency=" + agency + "&recoveryId=" + recovery);
		assertThat(history.status()).isEqualTo(200);
		return history.json().get(0);
	}

	private long count(String sql) {
		return jdbc.sql(sql).param(agency).query(Long.class).single();
	}
}
