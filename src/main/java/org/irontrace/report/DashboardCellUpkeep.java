package org.irontrace.report;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.irontrace.platform.BackgroundThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Folds the dashboard cells' pending changes into the cells, once a second on one background thread.
 * <p>
 * A trace appends its recovery's columns before and after to {@code dashboard_cell_pending} instead of
 * updating the cells (migration V190): the cells of an agency's month are shared by all its traces,
 * and updating them in every trace's transaction made concurrent traces queue on the same rows. The
 * dashboard adds the cells the pending rows make to the folded ones when it reads, so what it shows
 * never waits for a fold; folding only keeps the pending rows few. All
 * the traces of a second are folded together in one short statement, so the work follows the traces
 * without ever making one wait.
 */
@Component
class DashboardCellUpkeep implements DisposableBean {

	static final long FOLD_EVERY_MILLIS = 1000;

	private static final Logger log = LoggerFactory.getLogger(DashboardCellUpkeep.class);

	private final JdbcClient jdbc;

	private final ScheduledExecutorService worker = Executors
		.newSingleThreadScheduledExecutor(BackgroundThreads.named("dashboard-cells"));

	DashboardCellUpkeep(JdbcClient jdbc) {
		this.jdbc = jdbc;
		worker.scheduleWithFixedDelay(this::foldQuietly, FOLD_EVERY_MILLIS, FOLD_EVERY_MILLIS, TimeUnit.MILLISECONDS);
	}

	/** Adds what is pending into the cells now; answers how many cells it changed. */
	long fold() {
		return jdbc.sql("SELECT dashboard_cell_fold_in_turn()").query(Long.class).single();
	}

	private void foldQuietly() {
		try {
			fold();
		}
		catch (DataAccessException e) {
			// A deadlock with an import moving the same cells, or a database stopping: the changes
			// stay pending (the dashboard counts them all the same) and the next fold takes them.
			log.debug("Dashboard cells not folded this time: {}", e.getMessage());
		}
		catch (RuntimeException e) {
			log.warn("Dashboard cells not folded this time", e);
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		worker.shutdown();
		if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
			worker.shutdownNow();
		}
	}
}
