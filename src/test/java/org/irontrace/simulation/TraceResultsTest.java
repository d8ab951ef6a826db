package org.irontrace.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** trace_results.csv of the default world: FORMATS.md's columns, one answer per answered request, realistic failures. */
class TraceResultsTest {

	/** FORMATS.md, version 2, trace_results.csv, in its order. */
	static final List<String> FORMAT_COLUMNS = List.of("agency", "recovery_id", "trace_number", "result_date",
			"trace_status", "not_traced_reason", "serial_number", "manufacturer", "importer", "model", "caliber",
			"firearm_type", "country_of_manufacture", "source_licence", "source_name", "dealer_licence", "dealer_name",
			"dealer_street", "dealer_city", "dealer_state", "dealer_postal_code", "sale_date", "purchaser_first_name",
			"purchaser_last_name", "purchaser_dob", "purchaser_street", "purchaser_city", "purchaser_state",
			"purchaser_postal_code", "purchaser_id_type", "purchaser_id_number", "time_to_crime_days", "multiple_sale");

	private static List<NamedCsvRecord> answers;

	private static Map<String, NamedCsvRecord> recoveries;

	private static JsonNode truth;

	@BeforeAll
	static void read() throws IOException {
		answers = CsvFileForTest.read(DefaultWorldForTest.file(WorldFiles.TRACE_RESULTS));
		recoveries = new HashMap<>();
		CsvFileForTest.read(DefaultWorldForTest.file(WorldFiles.RECOVERIES)).forEach(row -> recoveries.put(key(row), row));
		try (InputStream in = Files.newInputStream(DefaultWorldForTest.file(WorldFiles.GROUND_TRUTH))) {
			truth = JsonMapper.builder().build().readTree(in);
		}
	}

	private static String key(NamedCsvRecord row) {
		return row.getField("agency") + "/" + row.getField("recovery_id");
	}

	@Test
	void columnsAreExactlyTheFormats() {
		assertThat(CsvFileForTest.header(DefaultWorldForTest.file(WorldFiles.TRACE_RESULTS)))
			.containsExactlyElementsOf(FORMAT_COLUMNS);
	}

	@Test
	void oneAnswerPerAnsweredRequestPlusCorrections() {
		Map<String, Integer> rowsPerRecovery = new HashMap<>();
		answers.forEach(row -> rowsPerRecovery.merge(key(row), 1, Integer::sum));
		long submitted = 0;
		long backlog = 0;
		Map<String, Integer> wanted = new HashMap<>();
		for (JsonNode recovery : truth.get("recoveries")) {
			String key = recovery.get("agency").asString() + "/" + recovery.get("recovery_id").asString();
			String state = recovery.get("trace_state").asString();
			submitted += recovery.get("trace_number").isNull() ? 0 : 1;
			backlog += state.equals("NOT_SUBMITTED") ? 1 : 0;
			if (!state.equals("NOT_SUBMITTED") && !state.equals("PENDING")) {
				wanted.put(key, recovery.get("trace_corrected").asBoolean() ? 2 : 1);
			}
		}
		assertThat(rowsPerRecovery).isEqualTo(wanted);
		double submittedShare = (double) submitted / truth.get("recoveries").size();
		assertThat(submittedShare).as("most recoveries are submitted, a backlog is not").isBetween(0.75, 0.95);
		assertThat(backlog).isPositive();
		assertThat(wanted.values()).as("a small share gets a corrected answer").contains(2);
		assertThat(wanted.values().stream().filter(n -> n == 2).count()).isLessThan(wanted.size() / 20);
	}

	@Test
	void everyAnswerIsAboutAKnownRecoveryAndConsistent() {
		Map<String, String> numberOwner = new HashMap<>();
		Set<String> statuses = new HashSet<>();
		Set<String> reasons = new HashSet<>();
		long completed = 0;
		long withTtc = 0;
		for (NamedCsvRecord row : answers) {
			NamedCsvRecord recovery = recoveries.get(key(row));
			assertThat(recovery).as("recovery of %s", key(row)).isNotNull();
			String number = row.getField("agency") + "/" + row.getField("trace_number");
			assertThat(row.getField("trace_number")).matches("T\\d{4}-\\d{7}");
			String owner = numberOwner.putIfAbsent(number, row.getField("recovery_id"));
			assertThat(owner == null || owner.equals(row.getField("recovery_id"))).as("trace number %s unique", number).isTrue();
			LocalDate recovered = LocalDate.parse(recovery.getField("recovery_date"));
			assertThat(LocalDate.parse(row.getField("result_date"))).isAfterOrEqualTo(recovered)
				.isBeforeOrEqualTo(LocalDate.of(2024, 12, 31));
			String status = row.getField("trace_status");
			statuses.add(status);
			assertThat(status).isIn("COMPLETED", "DEALER_ONLY", "SOURCE_ONLY", "NOT_TRACED");
			if (status.equals("NOT_TRACED")) {
				assertThat(row.getField("not_traced_reason")).isNotBlank();
				assertThat(row.getField("dealer_licence")).isEmpty();
				reasons.add(row.getField("not_traced_reason"));
			}
			if (status.equals("DEALER_ONLY")) {
				assertThat(row.getField("dealer_licence")).isNotBlank();
				assertThat(row.getField("purchaser_last_name")).isEmpty();
			}
			if (status.equals("COMPLETED")) {
				completed++;
				assertThat(row.getField("dealer_state")).matches("[A-Z]{2}");
				assertThat(row.getField("purchaser_last_name")).isNotBlank();
				assertThat(row.getField("multiple_sale")).isIn("Y", "N");
				LocalDate sale = LocalDate.parse(row.getField("sale_date"));
				assertThat(sale).isBeforeOrEqualTo(recovered);
				if (!row.getField("time_to_crime_days").isEmpty()) {
					withTtc++;
					assertThat(Long.parseLong(row.getField("time_to_crime_days"))).isGreaterThanOrEqualTo(
							recovered.toEpochDay() - sale.toEpochDay());
				}
			}
		}
		assertThat(statuses).containsExactlyInAnyOrder("COMPLETED", "DEALER_ONLY", "SOURCE_ONLY", "NOT_TRACED");
		assertThat(reasons).contains("NO SERIAL", "OBLITERATED SERIAL", "FOREIGN NO IMPORT RECORD",
				"NO RECORD AT MANUFACTURER", "INSUFFICIENT DESCRIPTION", "MULTIPLE POSSIBLE MATCHES", "TOO OLD");
		assertThat((double) withTtc / completed).as("time-to-crime mostly reported").isBetween(0.85, 0.97);
		long multiple = answers.stream().filter(row -> row.getField("multiple_sale").equals("Y")).count();
		assertThat((double) multiple / completed).as("a few sales were reported as multiple sales").isBetween(0.01, 0.2);
	}

	@Test
	void failureRatesFollowThePublicFigures() {
		Map<String, TraceAnswerMix> mix = new HashMap<>();
		DefaultWorldForTest.summary().traceAnswers().forEach(row -> mix.put(row.country(), row));
		// ATF 2016: 51% of Mexico's traces did not reach a sale; 88% of Haiti's failed.
		assertThat(mix.get("MX").notCompletedPercent()).isBetween(45.0, 57.0);
		assertThat(mix.get("HT").notCompletedPercent()).isBetween(80.0, 95.0);
		assertThat(mix.get("JM").notCompletedPercent()).isLessThan(mix.get("HT").notCompletedPercent());
	}

	@Test
	void theCentreSometimesIdentifiesAPoorlyDescribedGun() {
		long restored = 0;
		for (NamedCsvRecord row : answers) {
			NamedCsvRecord recovery = recoveries.get(key(row));
			boolean poorlyDescribed = !recovery.getField("partial_serial").isEmpty();
			if (poorlyDescribed && !row.getField("trace_status").equals("NOT_TRACED")) {
				restored++;
				assertThat(row.getField("serial_number")).doesNotContain("?");
			}
		}
		assertThat(restored).isPositive();
	}
}
