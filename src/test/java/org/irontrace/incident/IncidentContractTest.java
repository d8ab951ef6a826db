package org.irontrace.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.ApiClient.Answer;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * FORMATS.md version 2 over real HTTP: recoveries.csv's {@code incident_id} and {@code criminal_group}
 * are imported (idempotently, a bad value refused with line, column and reason), an incident is read
 * with its guns, traces and summary as the caller may see it, an agency's incidents are listed and
 * searched, and the recoveries report counts criminal groups and legally exported guns.
 */
@IntegrationTest
class IncidentContractTest {

	static final String HEADER = "recovery_id,agency,recovery_date,country,admin_area,city,crime_code,serial_number,"
			+ "manufacturer,incident_id,criminal_group";

	@LocalServerPort
	int port;

	final String t = LedgerFixtures.uniqueTag();

	final String mx = "MX-" + t;

	@Test
	void anIncidentIsImportedReadListedAndCountedAsEachCallerMaySeeIt() {
		ApiClient operator = new ApiClient(port);
		ApiClient analyst = operator.newAgencyWithAnalyst(mx, "MX", "inc-" + t.toLowerCase());
		ApiClient stranger = operator.newAgencyWithAnalyst("XX-" + t, "GT", "inc-x-" + t.toLowerCase());
		ApiClient partner = operator.newAgencyWithAnalyst("RW-" + t, "GT", "inc-rw-" + t.toLowerCase());
		Answer granted = operator.postJson("/api/v1/sharing-agreements", Map.of("grantor", mx, "grantee", "RW-" + t,
				"scope", List.of("RECOVERIES", "TRACES"), "level", "RECORDS_WITHOUT_PERSONAL_DATA", "validFrom", "2020-01-01"));
		assertThat(granted.status()).as(granted.text()).isIn(200, 201);

		operator.postCsv("/api/v1/imports/licensees", csv(LICENSEES_HEADER, "D-" + t + ",01,Guns " + t + ",,Laredo,TX,,US,",
				"E-" + t + ",01,Arms " + t + ",,Tucson,AZ,,US,"));
		Answer events = operator.postCsv("/api/v1/imports/commerce-events", csv(EVENTS_HEADER,
				t + "-1,SOLD,2019-03-01," + t + "1,Colt,,AR-15,5.56,RIFLE,US,D-" + t + ",,Ana,Ruiz" + t + ",1985-02-03,TX",
				t + "-2,SOLD,2020-01-10," + t + "2,Colt,,AR-15,5.56,RIFLE,US,E-" + t + ",,Ana,Ruiz" + t + ",1985-02-03,TX",
				t + "-3,SOLD,2021-06-01," + t + "3,Colt,,AR-15,5.56,RIFLE,US,D-" + t + ",,Berta,Soto" + t + ",1990-07-08,TX",
				t + "-4,TRANSFERRED,2018-01-01," + t + "4,Colt,,M4,5.56,RIFLE,US,D-" + t + ",E-" + t + ",,,,",
				t + "-5,EXPORTED,2018-05-01," + t + "4,Colt,,M4,5.56,RIFLE,US,E-" + t + ",,,,,"));
		assertThat(events.json().get("rejected").asLong()).as(events.text()).isZero();

		String incident = "OP-" + t;
		String other = "OQ-" + t;
		String recoveries = csv(HEADER,
				"R1," + mx + ",2021-09-01,MX,TAM,Reynosa,ORGANIZED_CRIME," + t + "1,Colt," + incident + ",CJNG",
				"R2," + mx + ",2021-09-02,MX,TAM,Matamoros,ORGANIZED_CRIME," + t + "2,Colt," + incident + ",Cártel de Jalisco Nueva Generación",
				"R3," + mx + ",2021-09-02,MX,TAM,Matamoros,ORGANIZED_CRIME," + t + "3,Colt," + incident + ",Los Viagras",
				"R4," + mx + ",2021-09-03,MX,TAM,Matamoros,ORGANIZED_CRIME,,," + incident + ",",
				"R5," + mx + ",2021-10-01,MX,SIN,Culiacán,HOMICIDE,,," + other + ",cartel de sinaloa",
				"R6," + mx + ",2021-10-01,MX,SIN,Culiacán,HOMICIDE,,," + "I".repeat(101) + ",",
				"R7," + mx + ",2021-11-01,MX,SON,Nogales,BORDER_SEIZURE," + t + "4,Colt,,");
		Answer imported = analyst.postCsv("/api/v1/imports/recoveries", recoveries);
		assertThat(imported.status()).as(imported.text()).isEqualTo(200);
		assertThat(imported.json().get("accepted").asLong()).isEqualTo(6);
		assertThat(imported.json().get("rejected").asLong()).isEqualTo(1);
		JsonNode error = imported.json().get("errors").get(0);
		assertThat(error.get("line").asLong()).isEqualTo(7);
		assertThat(error.get("column").asString()).isEqualTo("incident_id");
		assertThat(error.get("message").asString()).contains("101 characters").contains("100");
		Answer again = analyst.postCsv("/api/v1/imports/recoveries", recoveries);
		assertThat(again.json().get("accepted").asLong()).as("re-sending is a no-op").isZero();
		assertThat(again.json().get("duplicates").asLong()).isEqualTo(6);

		for (String id : List.of("R1", "R2", "R3", "R4", "R7")) {
			Answer traced = analyst.postJson("/api/v1/traces", Map.of("agency", mx, "recoveryId", id));
			assertThat(traced.status()).as(traced.text()).isEqualTo(200);
		}

		JsonNode listed = analyst.get("/api/v1/recoveries?agency=" + mx).json();
		assertThat(listed.get(0).get("incidentId").asString()).isEqualTo(incident);
		assertThat(listed.get(1).get("criminalGroup").asString()).isEqualTo("Cártel de Jalisco Nueva Generación");
		assertThat(listed.get(1).get("criminalGroupKey").asString()).isEqualTo("CJNG");

		Answer read = analyst.get("/api/v1/incidents/" + mx + "/" + incident);
		assertThat(read.status()).as(read.text()).isEqualTo(200);
		JsonNode summary = read.json().get("summary");
		assertThat(summary.get("guns").asInt()).isEqualTo(4);
		assertThat(summary.get("traced").asInt()).isEqualTo(4);
		assertThat(summary.get("firstDate").asString()).isEqualTo("2021-09-01");
		assertThat(summary.get("lastDate").asString()).isEqualTo("2021-09-03");
		assertThat(summary.get("sourceStates").toString()).isEqualTo("[{\"state\":\"TX\",\"count\":2},{\"state\":\"AZ\",\"count\":1}]");
		assertThat(summary.get("medianTimeToCrimeDays").asInt()).as("of 93, 601 and 915 days").isEqualTo(601);
		assertThat(summary.get("criminalGroups").get(0).get("group").asString()).isEqualTo("CJNG");
		assertThat(summary.get("criminalGroups").get(0).get("count").asLong()).isEqualTo(2);
		assertThat(summary.get("criminalGroups").get(1).get("group").asString()).isEqualTo("LOS VIAGRAS");
		JsonNode first = read.json().get("guns").get(0);
		assertThat(first.get("recoveryId").asString()).isEqualTo("R1");
		assertThat(first.get("criminalGroup").get("name").asString()).isEqualTo("Jalisco New Generation Cartel (CJNG)");
		assertThat(first.get("trace").get("status").asString()).isEqualTo("COMPLETED");
		assertThat(first.get("trace").get("timeToCrimeDays").asInt()).isEqualTo(915);
		assertThat(first.get("trace").get("sourceDealer").get("licence").asString()).isEqualTo("D-" + t);
		assertThat(first.get("trace").get("sourceDealer").get("state").asString()).isEqualTo("TX");
		assertThat(first.get("trace").get("purchaser").get("lastName").asString()).isEqualToIgnoringCase("Ruiz" + t);
		assertThat(read.json().get("guns").get(3).get("trace").get("status").asString()).isEqualTo("NOT_TRACED");

		// An agency without an agreement learns nothing, not even that the incident exists.
		assertThat(stranger.get("/api/v1/incidents/" + mx + "/" + incident).status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/incidents?agency=" + mx).json()).isEmpty();
		assertThat(analyst.get("/api/v1/incidents/" + mx + "/NO-SUCH-" + t).status()).isEqualTo(404);

		// Records without personal data: the guns, traces and dealers, never the purchaser.
		Answer redacted = partner.get("/api/v1/incidents/" + mx + "/" + incident);
		assertThat(redacted.status()).as(redacted.text()).isEqualTo(200);
		JsonNode redactedFirst = redacted.json().get("guns").get(0).get("trace");
		assertThat(redactedFirst.get("purchaser").isNull()).isTrue();
		assertThat(redactedFirst.get("personalDataShown").asBoolean()).isFalse();
		assertThat(redactedFirst.get("sourceDealer").get("licence").asString()).isEqualTo("D-" + t);
		assertThat(redacted.text()).doesNotContainIgnoringCase("Ruiz" + t).doesNotContainIgnoringCase("Soto" + t)
			.doesNotContain("1985-02-03");

		// An agency's incidents, the latest first, searchable by id and by group.
		JsonNode incidents = analyst.get("/api/v1/incidents?agency=" + mx).json();
		assertThat(ids(incidents)).containsExactly(other, incident);
		assertThat(incidents.get(1).get("guns").asLong()).isEqualTo(4);
		assertThat(incidents.get(1).get("traced").asLong()).isEqualTo(4);
		assertThat(ids(analyst.get("/api/v1/incidents?agency=" + mx + "&q=OP-").json())).containsExactly(incident);
		assertThat(ids(analyst.get("/api/v1/incidents?agency=" + mx + "&group=SINALOA").json())).containsExactly(other);
		assertThat(ids(partner.get("/api/v1/incidents?agency=" + mx + "&group=CJNG").json())).containsExactly(incident);
		assertThat(ids(analyst.get("/api/v1/incidents?agency=" + mx + "&group=la%20mayiza").json()))
			.as("a group named by an alias").containsExactly(other);
		assertThat(ids(analyst.get("/api/v1/incidents?agency=" + mx + "&group=los%20viagras").json()))
			.as("a group the catalogue does not know").containsExactly(incident);

		// The recoveries report: groups largest first, and the gun a US licensee exported legally.
		JsonNode report = analyst.get("/api/v1/reports/recoveries?country=MX&from=2021-01-01&to=2021-12-31").json();
		assertThat(report.get("recovered").asLong()).isEqualTo(6);
		JsonNode groups = report.get("criminalGroups");
		assertThat(groups.get(0).get("group").asString()).isEqualTo("CJNG");
		assertThat(groups.get(0).get("name").asString()).isEqualTo("Jalisco New Generation Cartel (CJNG)");
		assertThat(groups.get(0).get("count").asLong()).isEqualTo(2);
		assertThat(groups.get(1).get("group").asString()).isEqualTo("LOS VIAGRAS");
		assertThat(groups.get(2).get("group").asString()).isEqualTo("SINALOA");
		assertThat(groups.get(2).get("name").asString()).isEqualTo("Sinaloa Cartel");
		assertThat(groups).hasSize(3);
		assertThat(report.get("legallyExported").asLong()).isEqualTo(1);
		assertThat(analyst.get("/api/v1/reports/recoveries?country=MX&from=2021-01-01&to=2021-12-31&format=csv").text())
			.contains("criminalGroups,CJNG,Jalisco New Generation Cartel (CJNG),2", "legallyExported,,,1");
		assertThat(analyst.get("/api/v1/reports/recoveries?country=MX&from=2021-01-01&to=2021-12-31&format=html").text())
			.contains("Criminal groups named by the agencies", "Traced to a legal export");
	}

	private static List<String> ids(JsonNode incidents) {
		List<String> ids = new ArrayList<>();
		incidents.forEach(incident -> ids.add(incident.get("incidentId").asString()));
		return ids;
	}
}
