package org.irontrace.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.irontrace.report.ReportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs {@code report-benchmark} in a fresh installation, for when the command is not yet on the
 * command line: {@code -Dirontrace.reportBenchmark=true}. Skipped in normal builds (a benchmark
 * is not a test).
 */
@SpringBootTest(properties = "irontrace.reports.scheduling=false")
@EnabledIfSystemProperty(named = "irontrace.reportBenchmark", matches = "true")
class ReportBenchmarkRun {

	final JdbcClient jdbc;

	final ReportService reports;

	@Autowired
	ReportBenchmarkRun(JdbcClient jdbc, ReportService reports) {
		this.jdbc = jdbc;
		this.reports = reports;
	}

	@Test
	void run() {
		ReportBenchmarkCommand command = new ReportBenchmarkCommand(jdbc, reports);
		command.explain = true;
		command.recoveries = Integer.getInteger("irontrace.reportBenchmark.recoveries", 1_000_000);
		assertThat(command.call()).isZero();
	}
}
