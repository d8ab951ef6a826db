package org.irontrace.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
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

/** What the recovering agencies hold besides trace answers: incidents, criminal groups, ballistic links, registries. */
class AgencyFilesTest {

	private static List<NamedCsvRecord> recoveries;

	private static Map<String, NamedCsvRecord> recoveryByKey;

	private static JsonNode truth;

	@BeforeAll
	static void read() throws IOException {
		recoveries = CsvFileForTest.read(DefaultWorldForTest.file(WorldFiles.RECOVERIES));
		recoveryByKey = new HashMap<>();
		recoveries.forEach(row -> recoveryByKey.put(row.getField("agency") + "/" + row.getField("recovery_id"), row));
		try (InputStream in = Files.newInputStream(DefaultWorldForTest.file(WorldFiles.GROUND_TRUTH))) {
			truth = JsonMapper.builder().build().readTree(in);
		}
	}

	@Test
	void headersAreTheFormats() {
		assertThat(CsvFileForTest.header(DefaultWorldForTest.file(WorldFiles.RECOVERIES))).contains("incident_id",
				"criminal_group");
		assertThat(CsvFileForTest.header(DefaultWorldForTest.file(WorldFiles.BALLISTIC_LINKS)))
			.containsExactly("link_id", "agency", "item_a", "item_b", "link_date", "confidence");
		assertThat(CsvFileForTest.header(DefaultWorldForTest.file(WorldFiles.DOMESTIC_REGISTRY))).containsExactly("country",
				"registry_id", "serial_number", "manufacturer", "importer", "model", "caliber", "firearm_type", "holder_type",
				"holder_name", "holder_first_name", "holder_last_name", "holder_dob", "holder_id_number", "registered_date",
				"status", "status_date");
	}

	@Test
	void gunsOfOneSeizureShareTheirIncident() {
		Map<String, Set<String>> placesOfIncident = new HashMap<>();
		Map<String, Integer> gunsOfIncident = new HashMap<>();
		for (NamedCsvRecord row : recoveries) {
			String incident = row.getField("agency") + "/" + row.getField("incident_id");
			assertThat(row.getField("incident_id")).isNotBlank();
			placesOfIncident.computeIfAbsent(incident, i -> new HashSet<>())
				.add(row.getField("recovery_date") + " " + row.getField("city") + " " + row.getField("criminal_group"));
			gunsOfIncident.merge(incident, 1, Integer::sum);
		}
		assertThat(placesOfIncident.values()).allSatisfy(places -> assertThat(places).hasSize(1));
		assertThat(gunsOfIncident.values()).as("seizures of several guns").anyMatch(guns -> guns >= 3);
		assertThat(truth.get("incidents").size()).isEqualTo(gunsOfIncident.size());
	}

	@Test
	void criminalGroupsAreNamedAsAgenciesWriteThem() {
		Map<String, Set<String>> writtenByTrueGroup = new HashMap<>();
		long blank = 0;
		for (JsonNode recovery : truth.get("recoveries")) {
			NamedCsvRecord row = recoveryByKey.get(recovery.get("agency").asString() + "/" + recovery.get("recovery_id").asString());
			String written = row.getField("criminal_group");
			blank += written.isEmpty() ? 1 : 0;
			if (!written.isEmpty()) {
				assertThat(recovery.get("criminal_group").isNull()).as("a written group has a true group").isFalse();
				writtenByTrueGroup.computeIfAbsent(recovery.get("criminal_group").asString(), g -> new HashSet<>()).add(written);
			}
		}
		assertThat(writtenByTrueGroup).containsKeys("CJNG", "Cártel de Sinaloa", "Shower Posse");
		assertThat(writtenByTrueGroup.get("Cártel de Sinaloa")).as("spelling variants").hasSizeGreaterThan(2);
		assertThat((double) blank / recoveries.size()).as("often blank").isBetween(0.3, 0.8);
	}

	@Test
	void ballisticLinksStayWithinOneCountryAndMostlyHold() {
		List<NamedCsvRecord> links = CsvFileForTest.read(DefaultWorldForTest.file(WorldFiles.BALLISTIC_LINKS));
		assertThat(links).hasSizeGreaterThan(100);
		Set<String> ids = new HashSet<>();
		long confirmed = 0;
		long gunToGun = 0;
		for (NamedCsvRecord link : links) {
			assertThat(ids.add(link.getField("agency") + "/" + link.getField("link_id"))).isTrue();
			String country = countryOf(link.getField("item_a"));
			assertThat(countryOf(link.getField("item_b"))).as("link %s", link.getField("link_id")).isEqualTo(country);
			confirmed += link.getField("confidence").equals("CONFIRMED") ? 1 : 0;
			gunToGun += link.getField("item_b").startsWith("recovery:") ? 1 : 0;
			assertThat(link.getField("link_date")).isGreaterThanOrEqualTo(recoveryOf(link.getField("item_a")).getField("recovery_date"));
		}
		assertThat((double) confirmed / links.size()).isBetween(0.7, 0.95);
		assertThat(gunToGun).isPositive();
		long falseLeads = 0;
		for (JsonNode link : truth.get("ballistic_links")) {
			falseLeads += link.get("true_link").asBoolean() ? 0 : 1;
			if (!link.get("true_link").asBoolean()) {
				assertThat(link.get("confidence").asString()).isEqualTo("PROBABLE");
			}
		}
		assertThat(falseLeads).isPositive().isLessThan(links.size() / 10);
	}

	/** A recovery's country, or for a crime scene its agency's country (agency codes start with it). */
	private static String countryOf(String item) {
		if (item.startsWith("recovery:")) {
			return recoveryOf(item).getField("country");
		}
		return item.substring("case:".length(), "case:".length() + 2);
	}

	private static NamedCsvRecord recoveryOf(String item) {
		NamedCsvRecord row = recoveryByKey.get(item.substring("recovery:".length()));
		assertThat(row).as(item).isNotNull();
		return row;
	}

	@Test
	void registriesHoldTheDivertedGuns() {
		List<NamedCsvRecord> registry = CsvFileForTest.read(DefaultWorldForTest.file(WorldFiles.DOMESTIC_REGISTRY));
		Map<String, NamedCsvRecord> byId = new HashMap<>();
		for (NamedCsvRecord row : registry) {
			assertThat(byId.put(row.getField("country") + "/" + row.getField("registry_id"), row)).isNull();
			assertThat(row.getField("serial_number")).isNotBlank();
			assertThat(row.getField("manufacturer")).isNotBlank();
			assertThat(row.getField("holder_type")).isIn("PERSON", "SECURITY_COMPANY", "POLICE", "MILITARY");
			assertThat(row.getField("status")).isIn("ACTIVE", "REPORTED_STOLEN", "REPORTED_LOST", "REVOKED", "DESTROYED");
		}
		Map<String, Long> divertedByCountry = new HashMap<>();
		Set<String> statuses = new HashSet<>();
		for (JsonNode diversion : truth.get("domestic_diversions")) {
			NamedCsvRecord entry = byId.get(diversion.get("country").asString() + "/" + diversion.get("registry_id").asString());
			NamedCsvRecord recovery = recoveryByKey.get(diversion.get("agency").asString() + "/" + diversion.get("recovery_id").asString());
			assertThat(entry).isNotNull();
			assertThat(recovery.getField("country")).isEqualTo(entry.getField("country"));
			assertThat(recovery.getField("recovery_date")).isGreaterThan(entry.getField("registered_date"));
			statuses.add(entry.getField("status"));
			divertedByCountry.merge(entry.getField("country"), 1L, Long::sum);
		}
		assertThat(statuses).contains("REPORTED_STOLEN", "REPORTED_LOST");
		long mexico = recoveries.stream().filter(row -> row.getField("country").equals("MX")).count();
		assertThat((double) divertedByCountry.get("MX") / mexico).as("Mexico's home diversion is small").isBetween(0.005, 0.04);
		assertThat(divertedByCountry).containsKeys("JM", "HT", "TT");
	}
}
