package org.irontrace.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.irontrace.catalog.Catalog;
import org.irontrace.imports.ImportService;
import org.irontrace.trace.TraceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every number of a report over a simulated world, recomputed in plain Java from the raw rows
 * (read with simple SQL, no aggregate), agrees exactly with the report the database computed.
 */
@SpringBootTest
class IndependentRecomputationTest {

	final ImportService imports;

	final TraceService traces;

	final JdbcClient jdbc;

	final ReportService reports;

	final Catalog catalog;

	@Autowired
	IndependentRecomputationTest(ImportService imports, TraceService traces, JdbcClient jdbc, ReportService reports, Catalog catalog) {
		this.imports = imports;
		this.traces = traces;
		this.jdbc = jdbc;
		this.reports = reports;
		this.catalog = catalog;
	}

	@BeforeEach
	void world() throws Exception {
		ReportWorldForTest.load(imports, traces, jdbc);
		// Some recoveries attributed to groups, as agencies write them: known names and aliases, and
		// one the catalogue does not know.
		String[] written = { "CJNG", "Cártel de Sinaloa", "Los Chapitos", "Los Viagras" };
		for (int i = 0; i < written.length; i++) {
			jdbc.sql("UPDATE recovery_store SET criminal_group = ?, criminal_group_key = ? WHERE country = 'MX'"
					+ " AND (hashtext(recovery_id) & 7) = ? AND criminal_group IS DISTINCT FROM ?")
				.params(written[i], catalog.criminalGroup(written[i]).key(), i, written[i])
				.update();
		}
	}

	@Test
	void everyNumberOfMexicosReportsAgreesWithTheRawRecords() {
		for (int year : List.of(2019, 2022)) {
			ReportRequest request = ReportRequest.countryYear("MX", year);
			RecoveryReport fromDatabase = reports.reportOverAllAgencies(request);
			RecoveryReport recomputed = new RawRecount(jdbc, catalog).report(request, fromDatabase.asOf());
			assertThat(fromDatabase.recovered()).isPositive();
			assertThat(fromDatabase).usingRecursiveComparison().isEqualTo(recomputed);
			assertThat(fromDatabase.criminalGroups()).extracting(RecoveryReport.GroupCount::group).contains("CJNG", "SINALOA");
		}
	}

	@Test
	void gunsDivertedFromMexicosRegistryAgreeWithTheRawRecords() {
		// Some of the period's recovered guns, registered in Mexico as the world's recoveries wrote them.
		List<String> registered = jdbc.sql("""
				SELECT concat_ws(',', 'MX', 'IR-' || agency || '-' || recovery_id, serial_number, manufacturer,
				                 (ARRAY['POLICE', 'PERSON', 'MILITARY', 'SECURITY_COMPANY'])[1 + row_number() OVER (ORDER BY agency, recovery_id) % 4],
				                 CASE WHEN row_number() OVER (ORDER BY agency, recovery_id) % 3 = 0 THEN 'REPORTED_STOLEN' ELSE 'ACTIVE' END)
				FROM recovery
				WHERE country = 'MX' AND recovery_date BETWEEN DATE '2022-01-01' AND DATE '2022-12-31'
				  AND serial_key IS NOT NULL AND manufacturer IS NOT NULL AND position(',' IN serial_number || manufacturer) = 0
				ORDER BY agency, recovery_id LIMIT 12
				""").query(String.class).list();
		assertThat(registered).isNotEmpty();
		imports.importCsv("domestic-registry", new java.io.ByteArrayInputStream(("country,registry_id,serial_number,manufacturer,"
				+ "holder_type,status\n" + String.join("\n", registered) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				org.irontrace.imports.ImportProgress.NONE);
		ReportRequest request = ReportRequest.countryYear("MX", 2022);
		RecoveryReport fromDatabase = reports.reportOverAllAgencies(request);
		assertThat(fromDatabase.domesticDiversion().total()).isGreaterThanOrEqualTo(registered.size());
		assertThat(fromDatabase.domesticDiversion().reportedStolen()).isPositive();
		assertThat(fromDatabase).usingRecursiveComparison()
			.isEqualTo(new RawRecount(jdbc, catalog).report(request, fromDatabase.asOf()));
	}

	@Test
	void aRegionalViewCountsOnlyTheListedAgencies() {
		ReportRequest request = new ReportRequest("MX", null, LocalDate.of(2015, 1, 1), LocalDate.of(2024, 12, 31));
		List<String> agencies = jdbc.sql("SELECT DISTINCT agency FROM recovery WHERE country = 'MX' ORDER BY agency LIMIT 2")
			.query(String.class).list();
		RecoveryReport pooled = reports.report(request, Audience.of(agencies));
		long expected = jdbc.sql("SELECT agency FROM recovery WHERE country = 'MX' AND recovery_date BETWEEN ? AND ?")
			.params(java.sql.Date.valueOf(request.from()), java.sql.Date.valueOf(request.to()))
			.query(String.class).list().stream().filter(agencies::contains).count();
		assertThat(pooled.recovered()).isEqualTo(expected);
	}
}
