package org.irontrace.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.irontrace.imports.ImportService;
import org.irontrace.report.opendata.OpenDataCell;
import org.irontrace.report.opendata.OpenDataSet;
import org.irontrace.report.opendata.OpenDataTables;
import org.irontrace.trace.TraceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

/**
 * The open data of every country-year of a simulated world hides each count from 1 to 4, and a
 * reader who subtracts along every relation, across tables, recovers none of the hidden cells.
 */
@SpringBootTest
class SmallCellSuppressionTest {

	final ImportService imports;

	final TraceService traces;

	final JdbcClient jdbc;

	final ReportService reports;

	final ObjectMapper json;

	@Autowired
	SmallCellSuppressionTest(ImportService imports, TraceService traces, JdbcClient jdbc, ReportService reports, ObjectMapper json) {
		this.imports = imports;
		this.traces = traces;
		this.jdbc = jdbc;
		this.reports = reports;
		this.json = json;
	}

	@BeforeEach
	void world() throws Exception {
		ReportWorldForTest.load(imports, traces, jdbc);
	}

	@Test
	void noHiddenCellCanBeWorkedBackFromThePublishedTotals() {
		int hiddenSeen = 0;
		for (String country : List.of("MX", "JM", "TT", "BS", "HT", "DO")) {
			for (int year : List.of(2018, 2021, 2024)) {
				RecoveryReport report = reports.reportOverAllAgencies(ReportRequest.countryYear(country, year));
				OpenDataSet data = OpenDataTables.of(report);
				for (OpenDataCell cell : data.cells()) {
					if (!cell.suppressed()) {
						assertThat(cell.count() >= 1 && cell.count() <= 4).as(cell.toString()).isFalse();
					}
					else {
						hiddenSeen++;
						assertThat(cell.count()).isNull();
					}
				}
				Map<Integer, Long> recovered = ReaderAttack.recover(data);
				assertThat(recovered).as(country + " " + year + " cells worked back").isEmpty();
			}
		}
		assertThat(hiddenSeen).as("the world has small cells to protect").isGreaterThan(20);
	}

	@Test
	void theOpenDataHoldsNoPersonalData() {
		RecoveryReport report = reports.reportOverAllAgencies(ReportRequest.countryYear("MX", 2022));
		String published = json.writeValueAsString(OpenDataTables.of(report)).toUpperCase();
		List<String> names = jdbc.sql("""
				SELECT upper(possessor_first_name || ' ' || possessor_last_name) FROM recovery
				WHERE possessor_last_name IS NOT NULL AND country = 'MX' LIMIT 2000
				""").query(String.class).list();
		assertThat(names).isNotEmpty();
		assertThat(names).noneMatch(published::contains);
		assertThat(published).doesNotContain("PURCHASER", "POSSESSOR", "FIRSTNAME", "LASTNAME", "DOB");
	}
}
