package org.irontrace.intel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.irontrace.imports.ImportFinished;
import org.irontrace.network.Network;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the leads in step with ballistic hits imported after the guns they tie were traced: the
 * traced recoveries a new hit touches (the network keeps them waiting) are brought into the graph
 * as a new trace would be, on a worker of their own, so the examiner's import answers at once. More
 * than {@link LeadsFollowTraces#INCREMENTAL_LIMIT} at a time are left to the next full refresh.
 * A hit that names a recovery not traced yet needs nothing here: the recovery's own trace brings it in.
 */
@Component
class LeadsFollowBallistics implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LeadsFollowBallistics.class);

	private final Network network;

	private final Intelligence intelligence;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(work -> {
		Thread thread = new Thread(work, "leads-follow-ballistics");
		thread.setDaemon(true);
		return thread;
	});

	LeadsFollowBallistics(Network network, Intelligence intelligence) {
		this.network = network;
		this.intelligence = intelligence;
	}

	@EventListener
	void imported(ImportFinished imported) {
		if (imported.kind().equals("ballistic-links")) {
			worker.execute(this::bringIn);
		}
	}

	private void bringIn() {
		try {
			network.listRecoveriesAwaitingBallistics(LeadsFollowTraces.INCREMENTAL_LIMIT).forEach((agency, recoveryIds) -> {
				RefreshSummary summary = intelligence.refreshFor(agency, recoveryIds);
				// Forgotten only once brought in: an interrupted refresh leaves them for the next one.
				network.forgetRecoveriesAwaitingBallistics(agency, recoveryIds);
				log.debug("Leads follow ballistic hits on {} recoveries of {}: {}", recoveryIds.size(), agency, summary);
			});
		}
		catch (RuntimeException e) {
			log.warn("Leads could not follow the new ballistic hits (the next full refresh will): {}", e.toString());
		}
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
	}
}
