package org.irontrace.benchmark;

import java.io.PrintStream;
import java.sql.Date;
import java.time.LocalDate;

import org.irontrace.report.DashboardFigures;
import org.irontrace.report.DashboardRequest;
import org.irontrace.report.RecoveryDashboard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Times the dashboard's queries (the very calls its page makes) over a large synthetic year of
 * recoveries, next to a same-run baseline that only counts the same rows. The year is written by
 * {@link SyntheticRecoveries} under its own agency, once; other agencies' data may be present.
 */
@Component
public class DashboardBenchmark {

	private final JdbcClient jdbc;

	private final RecoveryDashboard dashboard;

	DashboardBenchmark(JdbcClient jdbc, RecoveryDashboard dashboard) {
		this.jdbc = jdbc;
		this.dashboard = dashboard;
	}

	/** Writes the year if missing, then prints the median of {@code runs} timed runs; answers the median in seconds. */
	public double run(int recoveries, int runs, boolean explain, PrintStream out) {
		int year = 2023;
		long present = jdbc.sql("SELECT count(*) FROM recovery WHERE agency = ?").param(SyntheticRecoveries.AGENCY)
			.query(Long.class).single();
		if (present == 0) {
			long start = System.nanoTime();
			SyntheticRecoveries.write(jdbc, recoveries, year);
			out.printf("Wrote %,d recoveries and their traces in %.1f s%n", recoveries, (System.nanoTime() - start) / 1e9);
		}
		out.printf("Dashboard cells kept by the database: %,d (for %,d recoveries)%n", dashboard.cells(),
				jdbc.sql("SELECT count(*) FROM recovery_store").query(Long.class).single());
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		DashboardRequest whole = new DashboardRequest(from, to, null, null, null, null);
		DashboardRequest filtered = new DashboardRequest(from, to, SyntheticRecoveries.AGENCY, "MX", null, "HOMICIDE");
		DashboardFigures[] last = new DashboardFigures[1];
		double unfiltered = MedianTime.seconds(runs, () -> {
			dashboard.everyAgency();
			last[0] = dashboard.figuresOverAllAgencies(whole);
		});
		double narrowed = MedianTime.seconds(runs, () -> dashboard.figuresOverAllAgencies(filtered));
		double baseline = MedianTime.seconds(runs, () -> jdbc.sql("SELECT count(*) FROM recovery WHERE recovery_date BETWEEN ? AND ?")
			.params(Date.valueOf(from), Date.valueOf(to)).query(Long.class).single());
		if (explain) {
			out.println(dashboard.explain(whole));
		}
		out.printf("| dashboard figures, a year, no filter (agencies + every facet in one scan) | %,d recoveries, %,d traced "
				+ "| median %.3f s of %d runs | `SELECT count(*)` over the same rows: %.3f s | %.1fx | < 1 s |%n",
				last[0].recovered(), last[0].traced(), unfiltered, runs, baseline, unfiltered / baseline);
		out.printf("| dashboard figures, a year, agency + country + crime filters | | median %.3f s of %d runs | | %.1fx | < 1 s |%n",
				narrowed, runs, narrowed / baseline);
		return unfiltered;
	}
}
