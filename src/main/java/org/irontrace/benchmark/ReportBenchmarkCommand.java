package org.irontrace.benchmark;

import java.util.concurrent.Callable;

import org.irontrace.report.RecoveryReport;
import org.irontrace.report.ReportRequest;
import org.irontrace.report.ReportService;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code irontrace report-benchmark}: times a country-year recoveries report over a large synthetic
 * year, next to a same-run baseline that only counts the same rows. Run it on an empty
 * installation (a fresh {@code IRONTRACE_HOME}); it writes its own recoveries and traces.
 */
@Command(name = "report-benchmark", description = "Time a country-year report over a large synthetic year of recoveries.")
public class ReportBenchmarkCommand implements Callable<Integer> {

	private final JdbcClient jdbc;

	private final ReportService reports;

	@Option(names = "--recoveries", defaultValue = "1000000", description = "recoveries in the year (default ${DEFAULT-VALUE})")
	int recoveries = 1_000_000;

	@Option(names = "--runs", defaultValue = "5", description = "timed runs of each query (default ${DEFAULT-VALUE})")
	int runs = 5;

	@Option(names = "--explain", description = "print the query plan of the report's main query")
	boolean explain;

	public ReportBenchmarkCommand(JdbcClient jdbc, ReportService reports) {
		this.jdbc = jdbc;
		this.reports = reports;
	}

	@Override
	public Integer call() {
		if (jdbc.sql("SELECT count(*) FROM recovery").query(Long.class).single() > 0) {
			System.err.println("The installation holds recoveries: run the benchmark with a fresh IRONTRACE_HOME.");
			return 2;
		}
		int year = 2023;
		long start = System.nanoTime();
		SyntheticRecoveries.write(jdbc, recoveries, year);
		System.out.printf("Wrote %,d recoveries and their traces in %.1f s%n", recoveries, (System.nanoTime() - start) / 1e9);
		ReportRequest request = ReportRequest.countryYear("MX", year);
		RecoveryReport[] last = new RecoveryReport[1];
		double report = medianSeconds(() -> last[0] = reports.reportOverAllAgencies(request));
		if (explain) {
			System.out.println(reports.explain(request));
		}
		double baseline = medianSeconds(() -> jdbc.sql("""
				SELECT admin_area, count(*) FROM recovery WHERE country = 'MX' AND recovery_date BETWEEN ? AND ?
				GROUP BY admin_area""").params(java.sql.Date.valueOf(request.from()), java.sql.Date.valueOf(request.to()))
			.query().listOfRows());
		double joined = medianSeconds(() -> jdbc.sql("""
				SELECT t.status, count(*) FROM recovery r JOIN trace_result t USING (agency, recovery_id)
				WHERE r.country = 'MX' AND r.recovery_date BETWEEN ? AND ? GROUP BY t.status""")
			.params(java.sql.Date.valueOf(request.from()), java.sql.Date.valueOf(request.to())).query().listOfRows());
		System.out.printf("| country-year recoveries report (JSON object, all facets + previous period) | %,d recoveries, %,d traced "
				+ "| median %.3f s of %d runs | `SELECT admin_area, count(*) ... GROUP BY` over the same rows: %.3f s; "
				+ "join with trace_result, `GROUP BY status`: %.3f s | %.1fx the plain count | <= 2 s |%n",
				last[0].recovered(), last[0].traced(), report, runs, baseline, joined, report / baseline);
		return report <= 2.0 ? 0 : 1;
	}

	private double medianSeconds(Runnable query) {
		return MedianTime.seconds(runs, query);
	}
}
