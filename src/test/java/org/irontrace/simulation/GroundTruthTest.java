package org.irontrace.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** ground_truth.json agrees with the CSV files and with itself. */
class GroundTruthTest {

	private static JsonNode truth;

	@BeforeAll
	static void read() throws IOException {
		try (InputStream in = Files.newInputStream(DefaultWorldForTest.file("ground_truth.json"))) {
			truth = JsonMapper.builder().build().readTree(in);
		}
	}

	@Test
	void everySaleRecordNamesItsTruePerson() {
		Set<String> sales = new HashSet<>();
		for (NamedCsvRecord row : CsvFileForTest.read(DefaultWorldForTest.file("commerce_events.csv"))) {
			if (row.getField("event_type").equals("SOLD") || row.getField("event_type").equals("ACQUIRED")) {
				sales.add(row.getField("event_id"));
			}
		}
		Set<String> mapped = new HashSet<>();
		truth.get("person_records").forEach(record -> {
			if (record.get("record").asString().equals("commerce_event")) {
				mapped.add(record.get("event_id").asString());
				assertThat(record.get("person").asString()).startsWith("P");
			}
		});
		assertThat(mapped).isEqualTo(sales);
	}

	@Test
	void everyRecoveryIsInTheTruthWithItsPossessor() {
		Set<String> recoveries = new HashSet<>();
		Set<String> withPossessor = new HashSet<>();
		for (NamedCsvRecord row : CsvFileForTest.read(DefaultWorldForTest.file("recoveries.csv"))) {
			String key = row.getField("agency") + "/" + row.getField("recovery_id");
			recoveries.add(key);
			if (!row.getField("possessor_last_name").isEmpty()) {
				withPossessor.add(key);
			}
		}
		Set<String> inTruth = new HashSet<>();
		truth.get("recoveries").forEach(r -> inTruth.add(r.get("agency").asString() + "/" + r.get("recovery_id").asString()));
		assertThat(inTruth).isEqualTo(recoveries);
		Set<String> possessorRecords = new HashSet<>();
		truth.get("person_records").forEach(record -> {
			if (record.get("record").asString().equals("recovery")) {
				possessorRecords.add(record.get("agency").asString() + "/" + record.get("recovery_id").asString());
			}
		});
		assertThat(possessorRecords).isEqualTo(withPossessor);
	}

	@Test
	void casesPeopleAndDealersHangTogether() {
		Set<String> people = new HashSet<>();
		truth.get("people").forEach(person -> people.add(person.get("person_id").asString()));
		Set<String> licences = new HashSet<>();
		CsvFileForTest.read(DefaultWorldForTest.file("licensees.csv")).forEach(row -> licences.add(row.getField("licence_number")));
		Set<String> cases = new HashSet<>();
		long straw = 0;
		for (JsonNode trafficking : truth.get("trafficking_cases")) {
			cases.add(trafficking.get("case_id").asString());
			JsonNode members = trafficking.has("straw_purchasers") ? trafficking.get("straw_purchasers")
					: trafficking.get("traffickers");
			members.forEach(member -> assertThat(people).contains(member.asString()));
			trafficking.get("receivers").forEach(receiver -> assertThat(people).contains(receiver.asString()));
			if (trafficking.get("channel").asString().equals("STRAW_PURCHASE")) {
				straw++;
				assertThat(people).contains(trafficking.get("recruiter").asString());
			}
			trafficking.get("dealers").forEach(dealer -> assertThat(licences).contains(dealer.asString()));
		}
		assertThat(straw).isPositive();
		assertThat(truth.get("corrupt_dealers").size()).isPositive();
		truth.get("corrupt_dealers").forEach(dealer -> assertThat(licences).contains(dealer.get("licence_number").asString()));
		long trafficked = 0;
		for (JsonNode gun : truth.get("firearms")) {
			if (gun.get("origin").asString().equals("US_TRAFFICKED")) {
				trafficked++;
				assertThat(cases).contains(gun.get("case_id").asString());
				assertThat(gun.get("corridor").asString()).contains("->");
			}
		}
		SimulationSummary summary = DefaultWorldForTest.summary();
		assertThat(trafficked).isEqualTo(summary.traffickedFirearms());
		assertThat(truth.get("firearms").size()).isEqualTo((int) (summary.traffickedFirearms() + summary.foreignFirearms()));
		assertThat(truth.get("world").get("seed").asLong()).isEqualTo(42);
		assertThat(truth.get("calibration").size()).isEqualTo(summary.calibration().size());
	}

	@Test
	void expectedTraceStatusesAreRealistic() {
		long mexico = 0;
		long completed = 0;
		Set<String> reasons = new HashSet<>();
		for (JsonNode recovery : truth.get("recoveries")) {
			if (recovery.get("agency").asString().startsWith("MX-")) {
				mexico++;
				completed += recovery.get("expected_status").asString().equals("COMPLETED") ? 1 : 0;
			}
			if (!recovery.get("expected_reason").isNull()) {
				reasons.add(recovery.get("expected_reason").asString());
			}
		}
		// ATF 2016: 51% of Mexico's traces did not reach a retail sale.
		assertThat((double) completed / mexico).isBetween(0.43, 0.55);
		assertThat(reasons).contains("SERIAL_OBLITERATED", "SERIAL_MISSING", "INSUFFICIENT_DESCRIPTION",
				"FOREIGN_NOT_IMPORTED", "NO_MANUFACTURER_RECORD", "NO_RETAIL_SALE_RECORD", "STOLEN_FROM_LICENSEE");
	}
}
