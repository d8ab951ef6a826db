package org.irontrace.imports;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many imports run at once. Each import holds memory for its batches and, while it writes, pooled
 * connections, so one agency's senders may run {@code irontrace.imports.concurrent-per-agency}
 * imports at a time and the whole installation {@code irontrace.imports.concurrent-in-installation}.
 * The installation's own imports (command line, demo) have no agency and count toward the whole only.
 */
@Component
public class ImportSlots {

	private final int perAgency;

	private final int inInstallation;

	private final Map<String, Integer> runningByAgency = new HashMap<>();

	private int running;

	public ImportSlots(@Value("${irontrace.imports.concurrent-per-agency:2}") int perAgency,
			@Value("${irontrace.imports.concurrent-in-installation:4}") int inInstallation) {
		this.perAgency = perAgency;
		this.inInstallation = inInstallation;
	}

	/** A place for one import of the submitter, to close however the import ends. */
	synchronized Slot take(Submitter submitter) {
		String agency = submitter.agency();
		int agencyRunning = agency == null ? 0 : runningByAgency.getOrDefault(agency, 0);
		if (agency != null && agencyRunning >= perAgency) {
			throw new TooManyImportsException(agency, agencyRunning, running, "agency " + agency + " already runs "
					+ agencyRunning + " imports, the most it may run at once");
		}
		if (running >= inInstallation) {
			throw new TooManyImportsException(agency, agencyRunning, running, "the installation already runs "
					+ running + " imports, the most it runs at once");
		}
		running++;
		if (agency != null) {
			runningByAgency.merge(agency, 1, Integer::sum);
		}
		return () -> release(agency);
	}

	/**
	 * A place for one import of the submitter, waited for while the agency or the installation runs
	 * as many as it may: for an upload the server has already taken in (a page's file), which is
	 * better run late than refused. {@code waiting} hears true when the wait begins and false once a
	 * place is found after one.
	 */
	synchronized Slot takeWhenFree(Submitter submitter, java.util.function.Consumer<Boolean> waiting)
			throws InterruptedException {
		boolean waited = false;
		while (true) {
			try {
				Slot slot = take(submitter);
				if (waited) {
					waiting.accept(false);
				}
				return slot;
			}
			catch (TooManyImportsException full) {
				if (!waited) {
					waited = true;
					waiting.accept(true);
				}
				wait();
			}
		}
	}

	/** How many imports of an agency are running now. */
	synchronized int runningFor(String agency) {
		return runningByAgency.getOrDefault(agency, 0);
	}

	private synchronized void release(String agency) {
		running--;
		if (agency != null) {
			runningByAgency.computeIfPresent(agency, (key, count) -> count == 1 ? null : count - 1);
		}
		notifyAll();
	}

	/** An import's place; closing it lets the next one in. */
	interface Slot extends AutoCloseable {

		@Override
		void close();
	}
}
