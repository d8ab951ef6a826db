package org.irontrace.interdiction;

import org.irontrace.imports.ImportFinished;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * After a file of shipments or inspections, the planner's statistics of the tables are brought up to
 * date (a sampled ANALYZE, a fraction of a second): a ranking right after a bulk import, before
 * autovacuum has looked, was planned with nested loops over a table it believed empty and took
 * minutes instead of seconds.
 */
@Component
class ShipmentStatistics {

	private final JdbcClient jdbc;

	ShipmentStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(ImportFinished finished) {
		if (finished.report().accepted() == 0) {
			return;
		}
		if (finished.kind().equals("shipments")) {
			jdbc.sql("ANALYZE interdiction_shipment").update();
		}
		else if (finished.kind().equals("inspections")) {
			jdbc.sql("ANALYZE interdiction_inspection").update();
		}
	}
}
