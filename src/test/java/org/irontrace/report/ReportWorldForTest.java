package org.irontrace.report;

import java.nio.file.Files;
import java.nio.file.Path;

import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportReport;
import org.irontrace.imports.ImportService;
import org.irontrace.simulation.IronRiverSimulator;
import org.irontrace.simulation.SimulationSettings;
import org.irontrace.trace.TraceService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small simulated world (2,000 firearms, 2015-2024), imported through the normal path and traced,
 * loaded once into whichever database the test context uses.
 */
final class ReportWorldForTest {

	private ReportWorldForTest() {
	}

	static synchronized void load(ImportService imports, TraceService traces, JdbcClient jdbc) throws Exception {
		if (jdbc.sql("SELECT count(*) FROM recovery WHERE country = 'MX'").query(Long.class).single() > 0) {
			return;
		}
		Path world = Files.createTempDirectory("report-world");
		new IronRiverSimulator().writeWorld(new SimulationSettings(81, 2000, 2015, 2024), world, done -> {
		});
		for (ImportReport report : imports.importFolder(world, ImportProgress.NONE)) {
			if (report.rejected() > 0) {
				throw new IllegalStateException(report.kind() + " " + report.errors());
			}
		}
		traces.traceEveryAgency();
		// A second trace of a few recoveries: reports must count only the latest result.
		jdbc.sql("""
				INSERT INTO trace_result (trace_id, agency, recovery_id, traced_at, status, reason, us_sourced,
				                          time_to_crime_days, result)
				SELECT gen_random_uuid(), agency, recovery_id, traced_at + interval '1 day', 'NOT_TRACED',
				       'NO_MANUFACTURER_RECORD', NULL, NULL, jsonb_set(result, '{firstRetailSale}', 'null')
				FROM trace_result WHERE status = 'COMPLETED' AND agency LIKE 'MX-%' AND recovery_id LIKE '%7'
				""").update();
	}
}
