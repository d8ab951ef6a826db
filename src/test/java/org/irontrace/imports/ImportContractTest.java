package org.irontrace.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

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

/** POST /api/v1/imports/{kind}: reports, idempotency and precise errors, with FORMATS.md's names. */
@IntegrationTest
class ImportContractTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	String t;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		t = LedgerFixtures.uniqueTag();
	}

	@Test
	void aFileSentTwiceChangesNothingTheSecondTime() {
		String events = csv(EVENTS_HEADER, event("1", "MANUFACTURED", "2020-01-01", ",M-" + t),
				event("1", "TRANSFERRED", "2020-02-01", "M-" + t + ",D-" + t));
		assertReport(api.postCsv("/api/v1/imports/commerce-events", events), 2, 0, 0);
		assertReport(api.postCsv("/api/v1/imports/commerce-events", events), 0, 2, 0);
		assertThat(count("SELECT count(*) FROM custody_event WHERE serial_key = ?", t + "1")).isEqualTo(2);
		assertThat(count("SELECT count(*) FROM firearm WHERE serial_key = ?", t + "1")).isEqualTo(1);
	}

	@Test
	void badRowsAreRejectedWithLineColumnAndReasonWhileGoodRowsGoIn() {
		Answer answer = api.postCsv("/api/v1/imports/commerce-events", csv(EVENTS_HEADER,
				event("1", "MANUFACTURED", "2020-01-01", ",M-" + t),
				event("2", "MANUFACTURED", "2020-13-45", ",M-" + t),
				event("3", "BOUGHT", "2020-01-01", ",M-" + t),
				event("4", "SOLD", "2020-01-01", "D-" + t + ","),
				event("5", "TRANSFERRED", "2020-01-01", ",")));
		assertReport(answer, 1, 0, 4);
		JsonNode errors = answer.json().get("errors");
		assertThat(error(errors, 3)).containsEntry("column", "event_date").extractingByKey("message").asString()
			.contains("2020-13-45");
		assertThat(error(errors, 4)).containsEntry("column", "event_type").extractingByKey("message").asString()
			.contains("BOUGHT");
		assertThat(error(errors, 5).get("column")).isIn("purchaser_first_name", "purchaser_last_name", "purchaser_dob");
		assertThat(error(errors, 6).get("column")).isIn("from_licence", "to_licence");
		assertThat(count("SELECT count(*) FROM custody_event WHERE serial_key LIKE ?", t + "%")).isEqualTo(1);
	}

	@Test
	void aFileWithoutARequiredColumnIsRefusedWhole() {
		Answer answer = api.postCsv("/api/v1/imports/commerce-events",
				"event_id,event_type,event_date,manufacturer\n" + t + ",MANUFACTURED,2020-01-01,Glock\n");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().get("error").asString()).isNotBlank();
		assertThat(answer.json().get("detail").asString()).contains("serial_number");
		assertThat(count("SELECT count(*) FROM custody_event WHERE event_id = ?", t)).isZero();
	}

	@Test
	void unknownColumnsAreIgnoredWithAWarning() {
		Answer answer = api.postCsv("/api/v1/imports/licensees",
				LICENSEES_HEADER + ",favourite_colour\nL-" + t + ",01,Guns " + t + ",,Laredo,tx,,,,blue\n");
		assertReport(answer, 1, 0, 0);
		assertThat(answer.json().get("warnings").toString()).contains("favourite_colour");
		assertThat(jdbc.sql("SELECT state FROM licensee WHERE licence_number = ?").param("L-" + t)
			.query(String.class).single()).isEqualTo("TX");
	}

	@Test
	void aLicenseeSentAgainWithNewDetailsIsUpdatedAndUnchangedOnesAreDuplicates() {
		String licensee = "L-" + t + ",01,Guns " + t + ",1 Main,Tucson,AZ,85701,US,";
		assertReport(api.postCsv("/api/v1/imports/licensees", csv(LICENSEES_HEADER, licensee + "ACTIVE")), 1, 0, 0);
		assertReport(api.postCsv("/api/v1/imports/licensees", csv(LICENSEES_HEADER, licensee + "ACTIVE")), 0, 1, 0);
		assertReport(api.postCsv("/api/v1/imports/licensees", csv(LICENSEES_HEADER, licensee + "OUT_OF_BUSINESS")), 1, 0,
				0);
		assertThat(jdbc.sql("SELECT status FROM licensee WHERE licence_number = ?").param("L-" + t)
			.query(String.class).single()).isEqualTo("OUT_OF_BUSINESS");
	}

	@Test
	void recoveriesAreKeyedByAgencyAndId() {
		String rows = csv(RECOVERIES_HEADER,
				"R1," + t + ",2021-05-01,MX,JAL,Guadalajara,HOMICIDE,ABC-123,N,,Glock,,19,9mm,PISTOL,AT,Ana,Lopez",
				"R2," + t + ",2021-05-02,mx,,,,,Y,A1?3,,,,,,,,",
				"R3," + t + ",2021-05-02,MEX,,,,,N,,,,,,,,,",
				"R4," + t + ",yesterday,MX,,,,,X,,,,,,,,,");
		Answer answer = api.postCsv("/api/v1/imports/recoveries", rows);
		assertReport(answer, 2, 0, 2);
		assertThat(error(answer.json().get("errors"), 4)).containsEntry("column", "country");
		assertThat(answer.json().get("errors").toString()).contains("recovery_date").contains("serial_obliterated");
		assertReport(api.postCsv("/api/v1/imports/recoveries", rows), 0, 2, 2);
		assertThat(jdbc.sql("SELECT serial_key FROM recovery WHERE agency = ? AND recovery_id = 'R1'").param(t)
			.query(String.class).single()).isEqualTo("ABC123");
	}

	@Test
	void callerMistakesAnswer4xxWithAJsonError() {
		Answer unknownKind = api.postCsv("/api/v1/imports/guns", "a,b\n1,2\n");
		assertThat(unknownKind.status()).isEqualTo(404);
		assertThat(unknownKind.json().get("error").asString()).isNotBlank();
		assertThat(api.post("/api/v1/imports/licensees", "application/json", "{}").status()).isEqualTo(415);
		assertThat(api.postCsv("/api/v1/imports/licensees", "").status()).isEqualTo(400);
		assertThat(api.postCsv("/api/v1/imports/recoveries", "recovery_id,agency\n\"unclosed,x\n").status())
			.isBetween(400, 499);
		Answer anonymous = new ApiClient(port).login(null, null).postCsv("/api/v1/imports/licensees", "x\n");
		assertThat(anonymous.status()).isEqualTo(401);
	}

	private String event(String serialSuffix, String type, String date, String fromTo) {
		return String.join(",", t + serialSuffix + type + date, type, date, t + serialSuffix, "Glock", "", "19", "9mm",
				"PISTOL", "US", fromTo, "", "", "", "");
	}

	private static void assertReport(Answer answer, int accepted, int duplicates, int rejected) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		assertThat(answer.json().get("accepted").asInt()).as(answer.text()).isEqualTo(accepted);
		assertThat(answer.json().get("duplicates").asInt()).as(answer.text()).isEqualTo(duplicates);
		assertThat(answer.json().get("rejected").asInt()).as(answer.text()).isEqualTo(rejected);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> error(JsonNode errors, int line) {
		for (JsonNode error : errors) {
			if (error.get("line").asInt() == line) {
				return Map.of("line", line, "column", error.get("column").asString(), "message",
						error.get("message").asString());
			}
		}
		throw new AssertionError("no error on line " + line + " in " + errors);
	}

	private long count(String sql, String param) {
		return jdbc.sql(sql).param(param).query(Long.class).single();
	}
}
