package org.irontrace.trace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;

import org.irontrace.access.Visibility;
import org.irontrace.catalog.Catalog;
import org.irontrace.commerce.FirearmIdentity;
import org.irontrace.commerce.Ledger;
import org.irontrace.commerce.LedgerFirearm;
import org.irontrace.platform.NotFoundException;
import org.irontrace.recovery.Recoveries;
import org.irontrace.recovery.Recovery;
import org.irontrace.registry.DomesticRegistry;
import org.springframework.stereotype.Service;

/**
 * Traces recovered guns, one at a time or all of an agency's untraced recoveries at once, and keeps
 * every result.
 */
@Service
public class TraceService {

	static final int BULK_PAGE = 500;

	private final Recoveries recoveries;

	private final Ledger ledger;

	private final TraceStore store;

	private final GunIdentifier identifier;

	private final TraceComposer composer;

	private final TraceAnswers answers;

	private final DomesticRegistry registry;

	TraceService(Recoveries recoveries, Ledger ledger, TraceStore store, TraceAnswers answers, DomesticRegistry registry,
			Catalog catalog) {
		this.registry = registry;
		this.recoveries = recoveries;
		this.ledger = ledger;
		this.store = store;
		this.answers = answers;
		this.identifier = new GunIdentifier(catalog);
		this.composer = new TraceComposer(catalog);
	}

	/** Traces one recovery now and stores the result (earlier results of it stay). */
	public TraceResult trace(String agency, String recoveryId) {
		return trace(agency, recoveryId, Visibility.unrestricted());
	}

	/**
	 * Traces a recovery the caller may see (another agency's only under an agreement); the answer
	 * withholds the purchaser unless the caller may see that agency's personal data. A recovery the
	 * caller may not see is answered as missing, so its existence is not revealed.
	 */
	public TraceResult trace(String agency, String recoveryId, Visibility visibility) {
		Recovery recovery = Optional.of(agency)
			.filter(visibility::seesRecordsOf)
			.flatMap(visible -> recoveries.findRecovery(agency, recoveryId))
			.orElseThrow(() -> new NotFoundException("Agency " + agency + " has no recovery " + recoveryId));
		String serial = recovery.firearm().serialKey();
		List<TraceResult> results = traceAll(List.of(recovery),
				PrefetchedEvidence.of(ledger, serial == null ? List.of() : List.of(serial)));
		store.save(results, new RecoveriesTraced(agency, List.of(recoveryId)));
		TraceResult result = results.get(0);
		return visibility.seesPersonalDataOf(agency) ? result : TraceRedaction.withoutPurchaser(result);
	}

	/**
	 * Traces many recoveries of one agency at once and answers, for each id in the order given, its
	 * result, or empty when the caller may not see it or it does not exist (as {@link #trace} would
	 * answer missing). The same rules as one trace, with the database work of a page: one query for
	 * the recoveries, one for the serials' evidence, one for the chains, one batch of inserts. An id
	 * asked twice is traced once.
	 */
	public List<Optional<TraceResult>> traceEach(String agency, List<String> recoveryIds, Visibility visibility) {
		List<Recovery> found = visibility.seesRecordsOf(agency)
				? recoveries.listRecoveries(agency, recoveryIds.stream().distinct().toList()) : List.of();
		if (found.isEmpty()) {
			return recoveryIds.stream().map(id -> Optional.<TraceResult>empty()).toList();
		}
		List<String> serials = found.stream().map(r -> r.firearm().serialKey()).filter(s -> s != null).toList();
		List<TraceResult> results = traceAll(found, PrefetchedEvidence.of(ledger, serials));
		store.save(results, new RecoveriesTraced(agency, found.stream().map(Recovery::recoveryId).toList()));
		boolean personal = visibility.seesPersonalDataOf(agency);
		Map<String, TraceResult> byId = new java.util.HashMap<>();
		results.forEach(result -> byId.put(result.recoveryId(), personal ? result : TraceRedaction.withoutPurchaser(result)));
		return recoveryIds.stream().map(id -> Optional.ofNullable(byId.get(id))).toList();
	}

	/** A stored trace result the caller may see, personal data withheld as its visibility says. */
	public Optional<TraceResult> findTrace(String traceId, Visibility visibility) {
		try {
			return store.findTrace(UUID.fromString(traceId), visibility);
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** Every trace of a recovery the caller may see, newest first. */
	public List<TraceResult> listTraces(String agency, String recoveryId, Visibility visibility) {
		return store.listTraces(agency, recoveryId, visibility);
	}

	/**
	 * Traces every recovery of the agency that has no trace result yet, a page at a time: one query
	 * for the page's serials, one for the chains, one batch of inserts.
	 */
	public Map<TraceStatus, Long> traceUntraced(String agency, LongConsumer tracedSoFar) {
		Map<TraceStatus, Long> counts = new EnumMap<>(TraceStatus.class);
		String after = "";
		long traced = 0;
		while (true) {
			List<Recovery> page = recoveries.listUntraced(agency, after, BULK_PAGE);
			if (page.isEmpty()) {
				return counts;
			}
			List<String> serials = page.stream().map(r -> r.firearm().serialKey()).filter(s -> s != null).toList();
			List<TraceResult> results = traceAll(page, PrefetchedEvidence.of(ledger, serials));
			store.save(results, new RecoveriesTraced(agency, page.stream().map(Recovery::recoveryId).toList()));
			results.forEach(result -> counts.merge(result.status(), 1L, Long::sum));
			traced += results.size();
			tracedSoFar.accept(traced);
			after = page.get(page.size() - 1).recoveryId();
		}
	}

	/** Traces every untraced recovery of every agency (the installation's own work: demo, benchmarks). */
	public Map<TraceStatus, Long> traceEveryAgency() {
		Map<TraceStatus, Long> counts = new EnumMap<>(TraceStatus.class);
		for (String agency : recoveries.listAgencies()) {
			traceUntraced(agency, traced -> {
			}).forEach((status, count) -> counts.merge(status, count, Long::sum));
		}
		return counts;
	}

	/**
	 * Traces again, a page at a time, every recovery whose tracing authority's answer arrived since
	 * it was last traced (an import of trace_results.csv leaves them pending); answers how many.
	 */
	public long traceAnswered() {
		long started = System.nanoTime();
		long traced = 0;
		while (true) {
			TraceAnswers.PendingPage pending = answers.listPending(BULK_PAGE);
			if (pending.keys().isEmpty()) {
				lastAnsweredTracing = new AnsweredTracing(traced, (System.nanoTime() - started) / 1e9);
				return traced;
			}
			for (Map.Entry<String, List<String>> agency : byAgency(pending.keys()).entrySet()) {
				List<Recovery> page = recoveries.listRecoveries(agency.getKey(), agency.getValue());
				List<String> serials = page.stream().map(r -> r.firearm().serialKey()).filter(s -> s != null).toList();
				List<TraceResult> results = traceAll(page, PrefetchedEvidence.of(ledger, serials));
				store.save(results, new RecoveriesTraced(agency.getKey(), page.stream().map(Recovery::recoveryId).toList()));
				traced += results.size();
			}
			answers.settle(pending);
		}
	}

	private volatile AnsweredTracing lastAnsweredTracing = new AnsweredTracing(0, 0);

	/** How many recoveries the last {@link #traceAnswered()} traced, and how long it took (for measuring). */
	public AnsweredTracing lastAnsweredTracing() {
		return lastAnsweredTracing;
	}

	/** Recoveries traced again from new answers, and the seconds it took. */
	public record AnsweredTracing(long traced, double seconds) {
	}

	private static Map<String, List<String>> byAgency(List<String[]> keys) {
		Map<String, List<String>> grouped = new java.util.TreeMap<>();
		keys.forEach(key -> grouped.computeIfAbsent(key[0], agency -> new ArrayList<>()).add(key[1]));
		return grouped;
	}

	private List<TraceResult> traceAll(List<Recovery> page, Evidence evidence) {
		Instant now = Instant.now();
		Map<String, TraceAnswer> answered = answers.latestFor(page);
		Map<FirearmIdentity, LedgerFirearm> register = answeredFirearms(answered.values());
		List<Identification> identifications = page.stream().map(r -> {
			Identification byAnswer = AnswerReading.identify(answered.get(TraceAnswers.key(r.agency(), r.recoveryId())),
					register);
			return byAnswer != null ? byAnswer : identifier.identify(r, evidence);
		}).toList();
		List<FirearmIdentity> identified = identifications.stream()
			.filter(Identification.Identified.class::isInstance)
			.map(i -> ((Identification.Identified) i).firearm().identity())
			.distinct()
			.toList();
		var chains = evidence.custodyOf(identified);
		List<TraceResult> results = new ArrayList<>(page.size());
		for (int i = 0; i < page.size(); i++) {
			Recovery recovery = page.get(i);
			Identification identification = identifications.get(i);
			if (identification instanceof Identification.Identified found) {
				results.add(composer.traced(recovery, found, chains.get(found.firearm().identity()), now));
			}
			else {
				results.add(composer.notTraced(recovery, (Identification.NotIdentified) identification, now));
			}
			TraceAnswer answer = answered.get(TraceAnswers.key(recovery.agency(), recovery.recoveryId()));
			if (answer != null) {
				results.set(i, AnswerReading.withAnswer(results.get(i), answer));
			}
		}
		return HomeRegistry.checked(page, identifications, results, registry);
	}

	/** The register's record of each gun an answer identified, in one query. */
	private Map<FirearmIdentity, LedgerFirearm> answeredFirearms(java.util.Collection<TraceAnswer> answered) {
		List<String> serials = answered.stream()
			.map(TraceAnswer::identity)
			.filter(java.util.Objects::nonNull)
			.map(FirearmIdentity::serialKey)
			.distinct()
			.toList();
		Map<FirearmIdentity, LedgerFirearm> register = new java.util.HashMap<>();
		ledger.listFirearmsWithSerials(serials).forEach(firearm -> register.put(firearm.identity(), firearm));
		return register;
	}

	/** Forgets every trace of these agencies and every answer received for them, when the agencies are removed. */
	@org.springframework.transaction.annotation.Transactional
	public long forgetAgencies(java.util.Collection<String> agencies) {
		return store.forgetAgencies(agencies.toArray(String[]::new));
	}
}
