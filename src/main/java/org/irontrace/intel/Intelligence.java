package org.irontrace.intel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.irontrace.access.Visibility;
import org.irontrace.network.Network;
import org.irontrace.network.Ring;
import org.irontrace.platform.Laps;
import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Trafficking intelligence: computes the indicators over traces, resolved people, the ledger and the
 * link graph, and keeps the ranked leads they raise. {@link #refresh()} recomputes everything;
 * {@link #refreshFor} brings in a few new or re-traced recoveries, touching only the people, dealers
 * and rings behind them.
 */
@Service
public class Intelligence {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Intelligence.class);

	static final Set<String> STATUSES = Set.of("NEW", "IN_REVIEW", "REFERRED", "CLOSED");

	static final Set<String> OUTCOMES = Set.of("CHARGED", "DEALER_INSPECTED", "NO_ACTION");

	private final Network network;

	private final MultipleSales multipleSales;

	private final PersonCases personCases;

	private final AssociateCases associates;

	private final DealerFactsQuery dealers;

	private final LeadStore leads;

	private final TransactionTemplate transactions;

	private final FullRefreshDue due;

	private final PassCosts costs = new PassCosts();

	Intelligence(Network network, MultipleSales multipleSales, PersonCases personCases, AssociateCases associates,
			DealerFactsQuery dealers, LeadStore leads, PlatformTransactionManager transactions, FullRefreshDue due) {
		this.due = due;
		this.network = network;
		this.multipleSales = multipleSales;
		this.personCases = personCases;
		this.associates = associates;
		this.dealers = dealers;
		this.leads = leads;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** When the latest full refresh began ({@link System#nanoTime()}); work queued before it is covered. */
	private volatile long fullRefreshStarted = Long.MIN_VALUE;

	/** Every indicator, ring and lead again. */
	public synchronized RefreshSummary refresh() {
		long start = System.nanoTime();
		fullRefreshStarted = start;
		Optional<OffsetDateTime> dueSince = due.begun();
		Laps laps = new Laps();
		int groups = transactions.execute(status -> multipleSales.rebuild());
		laps.lap("sale groups");
		int rings = network.rebuild();
		laps.lap("graph");
		int[] counts = transactions.execute(status -> {
			Collection<PersonCase> people = personCases.list(null);
			laps.lap("person cases");
			List<DealerFacts> dealerFacts = dealers.list();
			laps.lap("dealer facts");
			List<Ring> all = network.listRings(Visibility.unrestricted(), Integer.MAX_VALUE);
			laps.lap("rings read");
			// Every lead of each type: those not computed again are retired, a buyer's at once, the person
			// leads of people who bought no crime gun (associates) once the associate leads are saved too.
			int[] saved = save(people, null, dealerFacts, null, all, null);
			laps.lap("leads saved");
			// Read once the crime-gun buyers' leads are saved and their stale ones retired.
			saved[0] += saveAssociates(null, associates.list(null));
			laps.lap("associates");
			leads.analyse();
			return saved;
		});
		due.covered(dueSince);
		network.vacuumRebuilt();
		leads.vacuumRebuilt();
		laps.lap("vacuum");
		log.debug("Leads refreshed in full: {}", laps);
		lastFullRefresh = Instant.now();
		double seconds = (System.nanoTime() - start) / 1e9;
		costs.fullRefreshTook(seconds);
		return new RefreshSummary(groups, rings, counts[0], counts[1], counts[2], seconds);
	}

	private volatile Instant lastFullRefresh;

	/** When the latest full refresh finished, null before the first since the start. */
	Instant lastFullRefresh() {
		return lastFullRefresh;
	}

	/** Whether a full refresh began after this moment ({@link System#nanoTime()}), so it covers what was traced before. */
	boolean refreshedSince(long moment) {
		long started = fullRefreshStarted;
		return started != Long.MIN_VALUE && started - moment > 0;
	}

	/**
	 * {@link #refreshFor(Map)} for traces, unless a full refresh began after they were traced and so
	 * covers them: recoveries traced again to the answers they had are left out, and when more than
	 * {@code most} changed, they are brought in {@code most} at a time ({@link #inPasses}) or, when the
	 * latest costs say that is the slower, by one full refresh ({@link PassCosts}).
	 */
	synchronized RefreshSummary refreshFor(Map<String, List<String>> recoveriesByAgency, long tracedAt, int most) {
		if (refreshedSince(tracedAt)) {
			return new RefreshSummary(0, 0, 0, 0, 0, 0);
		}
		long start = System.nanoTime();
		Laps laps = new Laps();
		Network.GraphChange change = network.rebuildForTraces(recoveriesByAgency, most);
		if (!change.tooMany()) {
			return follow(change, recoveriesByAgency, start, laps);
		}
		int changed = change.notBroughtIn().values().stream().mapToInt(List::size).sum();
		if (!costs.passesCheaper(changed)) {
			log.debug("{} traced recoveries changed: one full refresh brings them in", changed);
			return refresh();
		}
		return inPasses(change.notBroughtIn(), most);
	}

	/**
	 * Brings in recoveries known to have changed, at most {@code most} in a pass: each pass is what the
	 * traces of those recoveries alone would have called for, so the leads end where one pass over them
	 * all, or a full refresh, puts them.
	 */
	synchronized RefreshSummary inPasses(Map<String, List<String>> changed, int most) {
		long start = System.nanoTime();
		int[] totals = new int[3];
		List<Map<String, List<String>>> parts = parts(changed, most);
		for (Map<String, List<String>> part : parts) {
			RefreshSummary summary = refreshFor(part);
			totals[0] += summary.personLeads();
			totals[1] += summary.dealerLeads();
			totals[2] += summary.ringLeads();
		}
		log.debug("{} changed traced recoveries brought in by {} passes", changed.values().stream().mapToInt(List::size).sum(),
				parts.size());
		return new RefreshSummary(0, totals[2], totals[0], totals[1], totals[2], (System.nanoTime() - start) / 1e9);
	}

	/** {@link #refreshFor(Map)} for the recoveries of one agency. */
	public RefreshSummary refreshFor(String agency, List<String> recoveryIds) {
		return refreshFor(Map.of(agency, recoveryIds));
	}

	/**
	 * Brings these recoveries (by agency) into the graph and the leads they touch, in two steps: first
	 * the recoveries' own people, their rings and their dealers (what the analyst is waiting for), then
	 * what those changes moved further off: the other members of rings written again, and every dealer of
	 * the states whose average the new guns moved. Both done, the leads equal a full refresh.
	 */
	public synchronized RefreshSummary refreshFor(Map<String, List<String>> recoveriesByAgency) {
		return refreshFor(() -> network.rebuildFor(recoveriesByAgency), recoveriesByAgency);
	}

	/** The leads a change of the graph moved, once {@code graph} has brought the graph up to date. */
	private RefreshSummary refreshFor(Supplier<Network.GraphChange> graph,
			Map<String, List<String>> recoveriesByAgency) {
		long start = System.nanoTime();
		Laps laps = new Laps();
		return follow(graph.get(), recoveriesByAgency, start, laps);
	}

	/** The leads this change of the graph moved; the pass's cost is kept for {@link PassCosts}. */
	private RefreshSummary follow(Network.GraphChange change, Map<String, List<String>> recoveriesByAgency, long start,
			Laps laps) {
		RefreshSummary summary = leadsMovedBy(change, recoveriesByAgency, start, laps);
		costs.passTook(change.recoveries(), summary.seconds());
		return summary;
	}

	private RefreshSummary leadsMovedBy(Network.GraphChange change, Map<String, List<String>> recoveriesByAgency,
			long start, Laps laps) {
		List<String> people = change.people();
		laps.lap("graph");
		if (people.isEmpty()) {
			return new RefreshSummary(0, 0, 0, 0, 0, (System.nanoTime() - start) / 1e9);
		}
		OwnLeads own = transactions.execute(status -> {
			leads.planForThePeopleGiven();
			return ownLeads(people, laps);
		});
		int dealerLeads = transactions.execute(status -> {
			leads.planForThePeopleGiven();
			return knockOn(people, change.ringMembers(), own, laps);
		});
		log.debug("Leads follow {} recoveries of {}: {}", recoveriesByAgency.values().stream().mapToInt(List::size).sum(),
				recoveriesByAgency.keySet(), laps);
		int[] counts = own.saved();
		return new RefreshSummary(0, counts[2], counts[0], dealerLeads, counts[2], (System.nanoTime() - start) / 1e9);
	}

	/** These recoveries by agency, cut into parts of at most {@code most} recoveries, in their order. */
	private static List<Map<String, List<String>>> parts(Map<String, List<String>> byAgency, int most) {
		List<Map<String, List<String>>> parts = new java.util.ArrayList<>();
		Map<String, List<String>> part = new java.util.LinkedHashMap<>();
		int size = 0;
		for (Map.Entry<String, List<String>> agency : byAgency.entrySet()) {
			for (String recovery : agency.getValue()) {
				if (size == most) {
					parts.add(part);
					part = new java.util.LinkedHashMap<>();
					size = 0;
				}
				part.computeIfAbsent(agency.getKey(), a -> new java.util.ArrayList<>()).add(recovery);
				size++;
			}
		}
		if (size > 0) {
			parts.add(part);
		}
		return parts;
	}

	/**
	 * What the first step of {@link #refreshFor} saved (person leads, none, ring leads: dealer leads are
	 * the second step's), the dealers behind the guns and the rings whose leads it saved.
	 */
	private record OwnLeads(int[] saved, String[] licences, List<String> rings) {
	}

	/**
	 * The first step of {@link #refreshFor}: these people's leads and their rings'. Their dealers' leads
	 * wait for the second step, which sets every dealer of the same states against the average the new
	 * guns moved: figuring the dealers behind the guns here as well cost as much again, for the state's
	 * sums are the same work (1.2 s of a 7.2 s pass over 1,000 recoveries at 1,000,000 firearms).
	 */
	private OwnLeads ownLeads(List<String> people, Laps laps) {
		List<Ring> rings = network.listRingsOf(people, Visibility.unrestricted());
		laps.lap("rings read");
		List<PersonCase> cases = List.copyOf(personCases.list(people.toArray(String[]::new)));
		laps.lap("person cases");
		String[] licences = cases.stream().flatMap(p -> p.guns.stream()).map(CrimeGun::licence).filter(Objects::nonNull)
			.distinct().toArray(String[]::new);
		int[] saved = save(cases, people, List.of(), List.of(), rings, ringIds(rings));
		leads.retireGoneRings();
		laps.lap("leads saved");
		return new OwnLeads(saved, licences, ringIds(rings));
	}

	/**
	 * The second step of {@link #refreshFor}: person leads of the other members of rings that changed
	 * (their lead names the ring's size) and those rings' leads, the associate leads of the buyers tied
	 * to anyone whose lead or ring changed, and the dealers behind the new guns with every dealer of
	 * their states, set again against the state average the new guns moved.
	 */
	private int knockOn(List<String> people, List<String> ringMembers, OwnLeads own, Laps laps) {
		String[] licences = own.licences();
		if (!ringMembers.isEmpty()) {
			// Their rings too: a ring split off without any of the new recoveries' people is new as well. The
			// rings the first step saved are not read again: most of them hold these members as well, and
			// reading a thousand rings took a third of a second (BENCHMARKS.md, "Passes taken a part at a time").
			List<Ring> rings = network.listRingsOf(ringMembers, own.rings(), Visibility.unrestricted());
			laps.lap("knock-on: rings read");
			Collection<PersonCase> cases = personCases.list(ringMembers.toArray(String[]::new));
			laps.lap("knock-on: " + ringMembers.size() + " ring members' cases");
			save(cases, ringMembers, List.of(), List.of(), rings, ringIds(rings));
			laps.lap("knock-on: leads saved");
		}
		associatesOf(people, ringMembers);
		laps.lap("knock-on: associates");
		if (licences.length > 0) {
			List<DealerFacts> peers = dealers.listWithPeersOf(licences);
			laps.lap("knock-on: " + licences.length + " dealers and their " + peers.size() + " peers");
			// The dealers behind the guns are subjects even without facts: a lead of theirs resting on
			// nothing now is retired.
			Set<String> subjects = new java.util.LinkedHashSet<>(List.of(licences));
			peers.forEach(facts -> subjects.add(facts.rate().licence()));
			int saved = save(List.of(), List.of(), peers, subjects, List.of(), List.of())[1];
			laps.lap("knock-on: dealer leads saved");
			return saved;
		}
		return 0;
	}

	/**
	 * Associate leads rest on other people's leads, so they are read last: the buyers tied to anyone
	 * whose lead, links or ring this pass wrote again are weighed afresh.
	 */
	private void associatesOf(List<String> people, List<String> ringMembers) {
		java.util.Set<String> changed = new java.util.TreeSet<>(people);
		changed.addAll(ringMembers);
		List<String> touched = associates.touchedBy(changed);
		if (!touched.isEmpty()) {
			saveAssociates(touched, associates.list(touched.toArray(String[]::new)));
		}
	}

	/**
	 * The associate leads of these people, who bought no crime gun ({@code null}: of everyone): their
	 * other person leads are retired.
	 */
	private int saveAssociates(Collection<String> people, Collection<AssociateCase> cases) {
		List<LeadDraft> drafts = cases.stream().map(new AssociateAssessment()::assess).filter(Objects::nonNull).toList();
		leads.replaceOfNonBuyers(people, drafts);
		return drafts.size();
	}

	/**
	 * The leads assessed from these cases, facts and rings become the leads of their people, dealers
	 * and rings given ({@code null}: of every one of the type), the others' retired.
	 */
	private int[] save(Collection<PersonCase> cases, Collection<String> people, List<DealerFacts> dealerFacts,
			Collection<String> licences, List<Ring> rings, Collection<String> ringIds) {
		List<LeadDraft> persons = cases.stream().map(new StrawPurchaserAssessment()::assess).filter(Objects::nonNull).toList();
		List<LeadDraft> dealerLeads = dealerFacts.stream().map(new DealerAssessment()::assess).filter(Objects::nonNull).toList();
		List<LeadDraft> ringLeads = rings.stream().map(new RingAssessment()::assess).filter(Objects::nonNull).toList();
		leads.replaceOfBuyers(people, persons);
		leads.replace(LeadType.DEALER, licences, dealerLeads);
		leads.replace(LeadType.RING, ringIds, ringLeads);
		return new int[] { persons.size(), dealerLeads.size(), ringLeads.size() };
	}

	private static List<String> ringIds(List<Ring> rings) {
		return rings.stream().map(Ring::ringId).toList();
	}

	public List<Lead> listLeads(LeadType type, int limit, Visibility visibility) {
		return leads.list(type, limit, visibility);
	}

	public Lead getLead(long id, Visibility visibility) {
		return leads.find(id, visibility).orElseThrow(() -> new NotFoundException("No lead " + id));
	}

	/**
	 * Records an analyst's work on a lead the caller may see and may work: {@code worksFor} says of an
	 * agency whether the caller works for it (its own users, the operators).
	 */
	public Lead updateLead(long id, LeadUpdate update, Visibility visibility, java.util.function.Predicate<String> worksFor) {
		Lead lead = getLead(id, visibility);
		if (lead.contributingAgencies().stream().noneMatch(worksFor)) {
			// An agreement lets another agency read a lead; working it is for the agencies it rests on.
			throw new org.irontrace.platform.ForbiddenException("Only " + String.join(", ", lead.contributingAgencies())
					+ " work this lead: an agreement opens it to reading");
		}
		if (update.status() != null && !STATUSES.contains(update.status())) {
			throw new BadRequestException("'status' must be one of " + STATUSES);
		}
		if (update.outcome() != null && !OUTCOMES.contains(update.outcome())) {
			throw new BadRequestException("'outcome' must be one of " + OUTCOMES);
		}
		leads.update(id, update);
		return getLead(id, visibility);
	}

	/**
	 * Multiple-sale reports (and, if asked, split purchases) that began in the period, each naming its
	 * purchaser only to a caller who sees, in full, a trace that found the purchaser (visibility of TRACES).
	 */
	public List<MultipleSaleReport> listMultipleSales(LocalDate from, LocalDate to, boolean splitPurchasesToo,
			Visibility traces) {
		return multipleSales.listReports(from, to, splitPurchasesToo, traces);
	}

	/**
	 * When these agencies are removed: every indicator, ring and lead again over what remains, then the
	 * retired leads that rested on their records only are forgotten, not kept as history.
	 */
	public synchronized RefreshSummary forgetAgencies(java.util.Collection<String> agencies) {
		RefreshSummary summary = refresh();
		leads.forgetLeadsOf(agencies.toArray(String[]::new));
		return summary;
	}
}
