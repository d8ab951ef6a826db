package org.irontrace.intel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.irontrace.identity.PeopleResolved;
import org.irontrace.imports.ImportFinished;
import org.irontrace.network.Network;
import org.irontrace.platform.BackgroundThreads;
import org.irontrace.trace.RecoveriesTraced;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the leads equal to what a full refresh of the same data computes, without the analyst
 * asking: every change that moves leads is followed on one background worker, so a trace or an
 * import answers at once and work that arrives together is done together.
 * <ul>
 * <li>traced recoveries (one by one, pages, a stream of them; at most {@link #WAITING_LIMIT}
 * waiting) are brought in where they land, all that waits together whatever their agency, in passes of
 * at most {@link #INCREMENTAL_LIMIT} changed recoveries: their guns, their people's links and rings,
 * their dealers; a pass begins once the traces pause ({@link #GATHER_PAUSE_NANOS}) or the first of
 * them has waited {@link #GATHER_LONGEST_NANOS};</li>
 * <li>a bulk run of traces, a ledger import (sales volumes, multiple sales, repeat buyers), people
 * resolved again (person ids change), more ballistic hits than {@link #INCREMENTAL_LIMIT}, or more
 * traced recoveries waiting than {@link #WAITING_LIMIT} touch too much to follow piece by piece: a full refresh is run
 * once they stop arriving, or at the latest {@link #LONGEST_WAIT_NANOS} after it fell due;</li>
 * <li>ballistic hits between guns already traced bring those recoveries in.</li>
 * </ul>
 * {@link #status()} says whether anything is still waiting, for the API and the leads page.
 * <p>
 * A trace's follow-up is durable: the event is written to the event publication registry with the
 * trace, and its row is removed only once the refresh that brings the recoveries in (or a full
 * refresh begun after they arrived) is done: the worker tells the registry then. Work a stop or a crash interrupted is handed back at the next start and brought in again;
 * bringing a recovery in twice gives the same leads. A full refresh that falls due is written down
 * ({@link FullRefreshDue}) and the traces it covers are told done once it is, so a bulk run holds no
 * events; a start that finds it written runs the refresh.
 */
@Component
public class LeadUpkeep implements DisposableBean {

	/**
	 * The most changed recoveries one pass brings in. A pass costs a fixed part (finding again the
	 * groups of the people touched: in a large connected graph, reading every link) and a few
	 * milliseconds a recovery; more changed recoveries are brought in this many at a time, or by a full
	 * refresh when that is the sooner ({@link PassCosts}). A single trace event naming more than this
	 * (a bulk run) calls for a full refresh at once. Passes of 5,000 were tried: single passes then took
	 * up to 56 s and the heap grew (BENCHMARKS.md, "Leads under a stream of traces").
	 */
	static final int INCREMENTAL_LIMIT = 1_000;

	/**
	 * The most traced recoveries that wait for a pass. A pass first compares their gun nodes before
	 * and after (a few milliseconds for thousands) and brings in only those that changed, a part at a
	 * time when more than {@link #INCREMENTAL_LIMIT} did. A stream that traces recoveries
	 * again to the answers they had piles up many that changed nothing: counting them against
	 * {@link #INCREMENTAL_LIMIT} on arrival kept a stream of 500 a second in full refreshes back to back.
	 */
	static final int WAITING_LIMIT = 20_000;

	/** A full refresh waits until the work that calls for it has been quiet this long, so a bulk run ends first. */
	static final long QUIET_NANOS = 1_000_000_000L;

	/**
	 * ... but no longer than this after it fell due: under a stream of traces that never pauses, the
	 * leads are brought up to date every so often rather than only once the stream ends.
	 */
	static final long LONGEST_WAIT_NANOS = 10_000_000_000L;

	/**
	 * Traces that come in quick succession are gathered into one pass, begun once they pause this
	 * long: a pass costs about as much for one recovery as for a hundred, and passes begun one after
	 * another would take the cores from the traces themselves ...
	 */
	static final long GATHER_PAUSE_NANOS = 100_000_000L;

	/** ... or once the first of them has waited this long, so a stream that never pauses is followed every second. */
	static final long GATHER_LONGEST_NANOS = 1_000_000_000L;

	/** After a pass fails, the full refresh due is tried again this long after ... */
	static final long FIRST_RETRY_NANOS = 2_000_000_000L;

	/** ... and, while it keeps failing, after twice as long each time, up to this. */
	static final long LONGEST_RETRY_NANOS = 300_000_000_000L;

	/** How long stopping waits for the refresh under way. */
	private static final long STOP_WAIT_SECONDS = 30;

	/** Ledger imports: what dealers sold, to whom, how often, feeds every dealer and person lead. */
	private static final Set<String> LEDGER_KINDS = Set.of("commerce-events", "licensees");

	private static final Logger log = LoggerFactory.getLogger(LeadUpkeep.class);

	private final Intelligence intelligence;

	private final Network network;

	private final Object lock = new Object();

	private final Map<String, Set<String>> pending = new LinkedHashMap<>();

	/** What tells the registry that the waiting work is done, run once it is: each trace's row then goes. */
	private final List<Runnable> awaiting = new ArrayList<>();

	/**
	 * Traces a due full refresh covers, told done once that need is written down ({@link FullRefreshDue}),
	 * not when the refresh ends: a bulk run would otherwise hold every event, with its recovery ids.
	 */
	private final List<Runnable> coveredByTheDueRefresh = new ArrayList<>();

	/** The registry's rows of the traces waiting for a pass, told done once it is. */
	private final List<Runnable> tracesAwaiting = new ArrayList<>();

	private boolean recordScheduled;

	/** Kept from starting work (a test stops the installation with work waiting). */
	private boolean held;

	private boolean fullRefreshDue;

	/** When the full refresh due fell due ({@link System#nanoTime()}). */
	private long fullRefreshDueSince;

	/** The same moment on the clock, as the status tells it: from the written-down need after a restart. */
	private Instant fullRefreshDueAt;

	private boolean ballisticsDue;

	private boolean scheduled;

	private boolean working;

	/** When the latest piece of waiting work arrived ({@link System#nanoTime()}). */
	private long latestArrival;

	/** When the first of the traced recoveries waiting now arrived ({@link System#nanoTime()}). */
	private long firstWaiting;

	private volatile Instant lastUpdate;

	/** After a failed pass: no work is taken before this ({@link System#nanoTime()}), and the next wait. */
	private long retryNotBefore;

	private long retryWait = FIRST_RETRY_NANOS;

	/** One worker, with connections of its own so that requests holding the main pool cannot starve it. */
	private final ExecutorService worker = Executors.newSingleThreadExecutor(BackgroundThreads.named("lead-upkeep"));

	/** Writes the due full refresh down and then tells the registry the traces it covers are done. */
	private final ExecutorService recorder = Executors.newSingleThreadExecutor(BackgroundThreads.named("lead-upkeep-due"));

	private final EventPublicationRegistry registry;

	private final FullRefreshDue due;

	LeadUpkeep(Intelligence intelligence, Network network, EventPublicationRegistry registry, FullRefreshDue due) {
		this.intelligence = intelligence;
		this.network = network;
		this.registry = registry;
		this.due = due;
	}

	/** A full refresh left due by the last run (or a migration) falls due again ({@link FullRefreshAtStart}). */
	void fullRefreshIfDue() {
		due.since().ifPresent(since -> {
			synchronized (lock) {
				fullRefreshDue(since.toInstant());
				arrived();
			}
		});
	}

	/**
	 * After the trace's transaction commits ({@link TracesToFollow}): the recoveries join the waiting
	 * work and the trace goes on at once, touching no connection. The registry forgets the trace once
	 * the work that brings them in is done, on the worker.
	 */
	void traced(RecoveriesTraced traced) {
		Runnable finish = () -> registry.markCompleted(traced, PublicationTargetIdentifier.of(TracesToFollow.LISTENER));
		synchronized (lock) {
			if (traced.recoveryIds().size() > INCREMENTAL_LIMIT) {
				fullRefreshDue();
			}
			else if (!traced.recoveryIds().isEmpty() && !fullRefreshDue) {
				if (pending.isEmpty()) {
					firstWaiting = System.nanoTime();
				}
				pending.computeIfAbsent(traced.agency(), agency -> new LinkedHashSet<>()).addAll(traced.recoveryIds());
				// Traces that arrive while a pass runs wait for the next, which takes them all and turns to
				// a full refresh itself when too many of them changed; only a pile past what a pass can
				// even compare calls for one at once.
				if (pending.values().stream().mapToInt(Set::size).sum() > WAITING_LIMIT) {
					pending.clear();
					fullRefreshDue();
				}
			}
			if (fullRefreshDue) {
				// The refresh covers these recoveries and any already waiting: their traces are told done
				// once the need is written down.
				coveredByTheDueRefresh.addAll(tracesAwaiting);
				tracesAwaiting.clear();
				coveredByTheDueRefresh.add(finish);
				recordDueRefresh();
			}
			else {
				tracesAwaiting.add(finish);
			}
			arrived();
		}
	}

	/** Writes the due full refresh down, then tells the registry what it covers (the caller holds the lock). */
	private void recordDueRefresh() {
		if (!recordScheduled && !recorder.isShutdown()) {
			recordScheduled = true;
			recorder.execute(this::record);
		}
	}

	private void record() {
		List<Runnable> covered;
		synchronized (lock) {
			recordScheduled = false;
			covered = List.copyOf(coveredByTheDueRefresh);
			coveredByTheDueRefresh.clear();
		}
		try {
			due.record();
			covered.forEach(Runnable::run);
		}
		catch (RuntimeException e) {
			// Not written down: the traces wait for the refresh itself, as before, and are told done by it.
			log.warn("The full refresh due could not be written down: {}", e.toString());
			synchronized (lock) {
				awaiting.addAll(covered);
				arrived();
			}
		}
	}

	/**
	 * Not through the registry: an import's report may quote the rows it refused (a birth date among
	 * them), and the registry keeps events as plain text. An import cut off by a stop is covered by the
	 * next ledger import or an operator's full refresh.
	 */
	@EventListener
	void imported(ImportFinished imported) {
		boolean changed = imported.report().accepted() > 0;
		synchronized (lock) {
			if (imported.kind().equals("ballistic-links") && changed) {
				ballisticsDue = true;
				arrived();
			}
			else if (LEDGER_KINDS.contains(imported.kind()) && changed) {
				fullRefreshDue();
				arrived();
			}
		}
	}

	/** People resolved again (their ids change): a full refresh, through the registry like a trace. */
	@TransactionalEventListener(fallbackExecution = true)
	CompletableFuture<Void> resolved(PeopleResolved resolved) {
		CompletableFuture<Void> done = new CompletableFuture<>();
		synchronized (lock) {
			fullRefreshDue();
			awaiting.add(() -> done.complete(null));
			arrived();
		}
		return done;
	}

	/** Where the upkeep stands: what waits, whether it is working, when the leads were last brought up to date. */
	public LeadsStatus status() {
		synchronized (lock) {
			int recoveries = pending.values().stream().mapToInt(Set::size).sum();
			return new LeadsStatus(!working && recoveries == 0 && !fullRefreshDue && !ballisticsDue, recoveries,
					fullRefreshDue, fullRefreshDue ? fullRefreshDueAt : null, ballisticsDue, working,
					intelligence.lastFullRefresh(), lastUpdate);
		}
	}

	/** Marks a full refresh due (the caller holds the lock), remembering since when. */
	private void fullRefreshDue() {
		fullRefreshDue(Instant.now());
	}

	/** ... due since the moment given: now, or when an earlier run wrote the need down. */
	private void fullRefreshDue(Instant since) {
		if (!fullRefreshDue) {
			fullRefreshDue = true;
			fullRefreshDueSince = System.nanoTime();
			fullRefreshDueAt = since;
			recordDueRefresh();
		}
	}

	/** Whether no work waits (the caller holds the lock). */
	private boolean nothingWaits() {
		return pending.isEmpty() && !fullRefreshDue && !ballisticsDue && awaiting.isEmpty() && tracesAwaiting.isEmpty();
	}

	private void arrived() {
		latestArrival = System.nanoTime();
		if (!scheduled && !held && !worker.isShutdown()) {
			scheduled = true;
			worker.execute(this::work);
		}
	}

	/**
	 * Keeps the worker from starting (true) or lets it go on with what waits (false): a test stops the
	 * installation with traces whose follow-up has not begun, a benchmark measures an import alone.
	 */
	public void hold(boolean hold) {
		synchronized (lock) {
			held = hold;
			if (!hold && !nothingWaits()) {
				arrived();
			}
		}
	}

	/** The work taken off the waiting list in one go, and the traces it finishes. */
	private record Batch(Map<String, Set<String>> traced, boolean full, boolean ballistics, long arrived,
			List<Runnable> finishes) {
	}

	private void work() {
		while (true) {
			Batch batch;
			synchronized (lock) {
				if (worker.isShutdown() || held || nothingWaits()) {
					scheduled = false;
					return;
				}
				// A full refresh waits for a bulk run or a series of imports to finish: one then covers them all.
				long now = System.nanoTime();
				boolean waitForBulk = fullRefreshDue && now - latestArrival < QUIET_NANOS
						&& now - fullRefreshDueSince < LONGEST_WAIT_NANOS;
				boolean gathering = !fullRefreshDue && !ballisticsDue && !pending.isEmpty()
						&& now - latestArrival < GATHER_PAUSE_NANOS && now - firstWaiting < GATHER_LONGEST_NANOS;
				boolean backingOff = retryNotBefore != 0 && now - retryNotBefore < 0;
				batch = waitForBulk || gathering || backingOff ? null : take();
			}
			if (batch == null) {
				pause();
				continue;
			}
			try {
				if (batch.full() && intelligence.refreshedSince(batch.arrived())) {
					// An operator's (or a load's) full refresh began after this work arrived: it covers it.
					log.debug("Leads already refreshed in full since the latest work arrived");
				}
				else if (batch.full() || batch.ballistics() && bringInBallistics()) {
					RefreshSummary summary = intelligence.refresh();
					log.debug("Leads refreshed in full after bulk work: {}", summary);
				}
				else {
					bringIn(batch.traced(), batch.arrived());
				}
				lastUpdate = Instant.now();
				synchronized (lock) {
					retryNotBefore = 0;
					retryWait = FIRST_RETRY_NANOS;
				}
			}
			catch (RuntimeException e) {
				if (worker.isShutdown()) {
					// The installation is stopping and its database with it: the registry hands these
					// traces back at the next start.
					return;
				}
				// A full refresh falls due and finishes the traces of this batch. It is tried again after a
				// pause that doubles while it keeps failing: the leads must not wait for the next change
				// (none may come), nor a lasting fault spin the worker.
				synchronized (lock) {
					log.warn("Leads could not follow the latest changes (a full refresh is due, tried again in {} s): {}",
							retryWait / 1_000_000_000L, e.toString());
					fullRefreshDue();
					awaiting.addAll(batch.finishes());
					working = false;
					retryNotBefore = System.nanoTime() + retryWait;
					retryWait = Math.min(retryWait * 2, LONGEST_RETRY_NANOS);
				}
				continue;
			}
			// Done: each trace's registry row is removed now (on this worker, over its own connections).
			try {
				batch.finishes().forEach(Runnable::run);
			}
			catch (RuntimeException e) {
				// The leads are done; a registry row left behind is handed back at the next start, and
				// bringing its recoveries in again changes nothing.
				log.warn("The registry could not be told that the leads followed the latest traces: {}", e.toString());
			}
			synchronized (lock) {
				working = false;
			}
		}
	}

	/** Takes everything waiting (the caller holds the lock). */
	private Batch take() {
		List<Runnable> finishes = new ArrayList<>(awaiting);
		finishes.addAll(tracesAwaiting);
		Batch batch = new Batch(new LinkedHashMap<>(pending), fullRefreshDue, ballisticsDue, latestArrival, finishes);
		pending.clear();
		awaiting.clear();
		tracesAwaiting.clear();
		fullRefreshDue = false;
		ballisticsDue = false;
		working = true;
		return batch;
	}

	private void bringIn(Map<String, Set<String>> traced, long arrived) {
		Map<String, List<String>> recoveries = new LinkedHashMap<>();
		traced.forEach((agency, ids) -> recoveries.put(agency, List.copyOf(ids)));
		RefreshSummary summary = intelligence.refreshFor(recoveries, arrived, INCREMENTAL_LIMIT);
		log.debug("Leads follow {} traced recoveries of {}: {}", recoveries.values().stream().mapToInt(List::size).sum(),
				recoveries.keySet(), summary);
	}

	/**
	 * Brings in the traced recoveries new ballistic hits tie; answers true when they are too many to
	 * bring in piece by piece (a full refresh then covers them).
	 */
	private boolean bringInBallistics() {
		if (network.countRecoveriesAwaitingBallistics() > INCREMENTAL_LIMIT) {
			return true;
		}
		Map<String, List<String>> waiting = network.listRecoveriesAwaitingBallistics(INCREMENTAL_LIMIT);
		if (!waiting.isEmpty()) {
			intelligence.refreshFor(waiting);
		}
		// Forgotten only once brought in: an interrupted refresh leaves them for the next one.
		waiting.forEach(network::forgetRecoveriesAwaitingBallistics);
		return false;
	}

	private static void pause() {
		try {
			Thread.sleep(25);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		// The database closes after this bean: let the refresh under way finish rather than fail
		// half-way (what waits is left for the next start's work; a full refresh brings it in).
		recorder.shutdown();
		worker.shutdown();
		if (!worker.awaitTermination(STOP_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS)) {
			worker.shutdownNow();
		}
		recorder.awaitTermination(STOP_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
	}
}
