package org.irontrace.intel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.irontrace.trace.RecoveriesTraced;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the leads in step with new traces: a recovery traced through the API or a page brings its
 * gun into the graph and refreshes its purchaser's and possessor's person leads, its dealer's lead
 * and its ring, without recomputing the world. The work runs after the trace is stored, on one
 * background worker, so the analyst's trace answers at once and traces that arrive together are
 * brought in together. A bulk run (pages of more than {@link #INCREMENTAL_LIMIT} recoveries: a
 * whole agency's backlog, a demo or benchmark load) is left to the full refresh that follows it,
 * and traces a full refresh has already covered are not brought in again.
 */
@Component
class LeadsFollowTraces implements DisposableBean {

	static final int INCREMENTAL_LIMIT = 100;

	private static final Logger log = LoggerFactory.getLogger(LeadsFollowTraces.class);

	private final Intelligence intelligence;

	private final Map<String, Set<String>> pending = new LinkedHashMap<>();

	/** When the latest of the pending traces arrived ({@link System#nanoTime()}). */
	private long latestArrival;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(work -> {
		Thread thread = new Thread(work, "leads-follow-traces");
		thread.setDaemon(true);
		return thread;
	});

	LeadsFollowTraces(Intelligence intelligence) {
		this.intelligence = intelligence;
	}

	/** After the trace's transaction commits (or at once, when it was stored without one). */
	@TransactionalEventListener(fallbackExecution = true)
	void traced(RecoveriesTraced traced) {
		if (traced.recoveryIds().isEmpty() || traced.recoveryIds().size() > INCREMENTAL_LIMIT) {
			return;
		}
		synchronized (pending) {
			boolean idle = pending.isEmpty();
			pending.computeIfAbsent(traced.agency(), agency -> new LinkedHashSet<>()).addAll(traced.recoveryIds());
			latestArrival = System.nanoTime();
			if (idle) {
				worker.execute(this::bringIn);
			}
		}
	}

	private void bringIn() {
		Map<String, Set<String>> work;
		long arrived;
		synchronized (pending) {
			work = new LinkedHashMap<>(pending);
			arrived = latestArrival;
			pending.clear();
		}
		if (intelligence.refreshedSince(arrived)) {
			return;
		}
		work.forEach((agency, recoveryIds) -> {
			try {
				List<String> ids = new ArrayList<>(recoveryIds);
				RefreshSummary summary = intelligence.refreshFor(agency, ids, arrived);
				log.debug("Leads follow {} traced recoveries of {}: {}", ids.size(), agency, summary);
			}
			catch (RuntimeException e) {
				log.warn("Leads could not follow the new traces of {} (the next full refresh will): {}", agency, e.toString());
			}
		});
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
	}
}
