package org.irontrace.interdiction;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.irontrace.access.Visibility;
import org.irontrace.imports.ImportFinished;
import org.irontrace.trace.TraceService;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A seizure at inspection is an incident whose guns are recoveries: once inspections or recoveries
 * arrive, every recovery of a seized incident that has no trace yet is traced, whichever of the two
 * files came first, so the officer sees where the guns came from before reading the import report.
 */
@Component
class SeizuresTraced {

	private static final String UNTRACED = """
			SELECT r.agency, r.recovery_id FROM interdiction_inspection i
			JOIN recovery r ON r.agency = i.agency AND r.incident_id = i.incident_id
			WHERE i.result = 'SEIZED' AND i.incident_id IS NOT NULL
			  AND NOT EXISTS (SELECT 1 FROM current_trace c WHERE c.agency = r.agency AND c.recovery_id = r.recovery_id)
			""";

	/** Recoveries traced per call, as the trace engine's pages go. */
	private static final int PAGE = 500;

	private final JdbcClient jdbc;

	private final TraceService traces;

	SeizuresTraced(JdbcClient jdbc, TraceService traces) {
		this.jdbc = jdbc;
		this.traces = traces;
	}

	@EventListener
	void on(ImportFinished finished) {
		if (!finished.kind().equals("inspections") && !finished.kind().equals("recoveries")) {
			return;
		}
		Map<String, List<String>> byAgency = jdbc.sql(UNTRACED)
			.query((rs, row) -> Map.entry(rs.getString("agency"), rs.getString("recovery_id")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		byAgency.forEach((agency, recoveryIds) -> {
			for (int start = 0; start < recoveryIds.size(); start += PAGE) {
				traces.traceEach(agency, recoveryIds.subList(start, Math.min(start + PAGE, recoveryIds.size())),
						Visibility.unrestricted());
			}
		});
	}
}
