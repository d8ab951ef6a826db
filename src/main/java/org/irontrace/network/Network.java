package org.irontrace.network;

import java.io.Writer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.irontrace.access.Visibility;
import org.irontrace.network.export.GraphExport;
import org.irontrace.network.export.GraphFormat;
import org.irontrace.platform.Laps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The link graph and its rings: rebuilt in full from traces, the ledger and resolved people, or for a
 * few new recoveries at a time (their gun nodes, their people's links, the rings those people are in).
 */
@Service
public class Network {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Network.class);

	private final GunNodes guns;

	private final Links links;

	private final RingStore rings;

	private final RingReader reader;

	private final GraphExport export;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	/**
	 * People last seen in a linked group of more than {@link Near#MOST} people (by the last full
	 * rebuild, or a pass that read every pair). A pass for them reads every pair at once instead of
	 * first counting, link by link, that their group is too large to follow (0.09 s at 1,000,000
	 * firearms, spent to learn what the last pass already knew). Only the way pairs are read depends
	 * on it, never what is read: a group that has since shrunk is read whole, as a large one is.
	 */
	private final Set<String> inLargeGroups = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/** Past this many people remembered, the memory is started again: it holds a hint, not a record. */
	private static final int LARGE_GROUPS_REMEMBERED = 500_000;

	Network(GunNodes guns, Links links, RingStore rings, RingReader reader, GraphExport export,
			PlatformTransactionManager transactions, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.guns = guns;
		this.links = links;
		this.rings = rings;
		this.reader = reader;
		this.export = export;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Every table {@link #rebuild} empties ({@code TRUNCATE} in {@code GunNodes}, {@code Links},
	 * {@code SaleKeys}, {@code RingStore}): a table emptied there and missing here would be locked late
	 * again, where a reader can meet the rebuild in a deadlock.
	 */
	private static final String LOCK_EMPTIED = """
			LOCK TABLE network_ring, network_person_store, network_gun, network_link, network_repeat_sale, network_sale_key,
			           network_sale_keys_complete, network_ballistic_pending IN ACCESS EXCLUSIVE MODE
			""";

	/** Every gun node, link and ring again; answers the number of rings. */
	public synchronized int rebuild() {
		return transactions.execute(status -> {
			Laps laps = new Laps();
			// Every table the rebuild empties is locked at once, before any is emptied, in the order a
			// lead's page reads them (its rings, then their members' names): a reader then either holds
			// them all already, and the rebuild waits for its statement, or waits before holding any. Taken
			// one TRUNCATE at a time, a page that held the rings while waiting for the names met the
			// rebuild holding the names and waiting for the rings, and PostgreSQL failed one of the two.
			jdbc.sql(LOCK_EMPTIED).update();
			// Everything is brought in: nothing awaits a ballistic hit any more.
			jdbc.sql("TRUNCATE network_ballistic_pending").update();
			guns.rebuildAll();
			laps.lap("gun nodes");
			links.rebuildAll(laps);
			rings.renamePeople();
			laps.lap("names");
			RingFinder finder = finder();
			Collection<TreeSet<String>> all = finder.groups();
			int found = rings.replaceAll(all, finder.heldLoosely(all));
			inLargeGroups.clear();
			rememberInLargeGroups(finder.peopleInGroupsOver(Near.MOST));
			laps.lap("rings");
			rings.analyse();
			laps.lap("analyse");
			log.debug("Graph rebuilt in full ({} rings): {}", found, laps);
			return found;
		});
	}

	/**
	 * Once a full rebuild has committed, outside any transaction: every row of the tables it wrote
	 * anew is marked visible to all, as a pass's index-only reads of links and the hint bits on each
	 * row would otherwise learn one page at a time. The first pass after a full refresh under a
	 * stream of new recoveries took 10.9 and 14.1 s where the passes around it took about one, each of
	 * its steps slower alike (BENCHMARKS.md, "Passes taken a part at a time").
	 */
	public void vacuumRebuilt() {
		if (!org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
			jdbc.sql("VACUUM network_gun, network_link, network_repeat_sale, network_sale_key, network_ring, network_person_store")
				.update();
		}
	}

	/**
	 * What bringing some recoveries into the graph changed.
	 *
	 * @param people the people of the recoveries and those whose links were read again with them
	 * @param ringMembers the other members of every ring written again or dissolved, and everyone whose guns
	 *            were seized with the recoveries' people's before or after: their rings or the guns seized
	 *            beside theirs changed
	 * @param recoveries how many of the recoveries changed and were brought in (a pass for traces leaves
	 *            out those traced again to the answer they had)
	 * @param notBroughtIn the changed recoveries, by agency, of a pass that found too many of them
	 */
	public record GraphChange(List<String> people, List<String> ringMembers, int recoveries,
			Map<String, List<String>> notBroughtIn) {

		GraphChange(List<String> people, List<String> ringMembers, int recoveries) {
			this(people, ringMembers, recoveries, Map.of());
		}

		/**
		 * A pass for traces that found more changed recoveries than it may bring in: it wrote nothing,
		 * and names them (by agency) for the caller to bring in some other way.
		 */
		static GraphChange tooMany(Map<String, List<String>> changed) {
			return new GraphChange(List.of(), List.of(), 0, Map.copyOf(changed));
		}

		/** Whether the pass wrote nothing because too many recoveries changed ({@link #notBroughtIn()}). */
		public boolean tooMany() {
			return !notBroughtIn.isEmpty();
		}
	}

	/**
	 * Brings the graph up to date with these recoveries of one agency; answers the people they touch
	 * and every other member of a ring that was written again or dissolved.
	 * The groups of the people whose links changed are found again as a full rebuild finds them; only
	 * the rings that are new, gone, or hold someone whose guns or links changed are written.
	 */
	public GraphChange rebuildFor(String agency, List<String> recoveryIds) {
		return rebuildFor(Map.of(agency, recoveryIds));
	}

	/**
	 * {@link #rebuildFor(String, List)} for the recoveries of several agencies at once: their groups are
	 * found again in one pass, which in a large connected graph costs about as much as for one recovery.
	 */
	public GraphChange rebuildFor(Map<String, List<String>> recoveriesByAgency) {
		return rebuildFor(recoveriesByAgency, false, Integer.MAX_VALUE);
	}

	/**
	 * {@link #rebuildFor(Map)} for traces: a recovery traced again to the same answer leaves its gun
	 * node as it was but for the trace's id, which nothing downstream reads, so its people, links and
	 * rings stay as they are and it is left out. Only what a trace changes can be skipped so: work that
	 * rests on more than the node (ballistic hits) or that an operator asks for goes through
	 * {@link #rebuildFor(Map)}. When more than {@code most} recoveries changed, nothing is written and
	 * the answer names them ({@link GraphChange#notBroughtIn()}): the caller brings them in by several
	 * passes ({@link #rebuildFor(Map)}, which does not compare again) or by a full rebuild.
	 */
	public GraphChange rebuildForTraces(Map<String, List<String>> recoveriesByAgency, int most) {
		return rebuildFor(recoveriesByAgency, true, most);
	}

	private synchronized GraphChange rebuildFor(Map<String, List<String>> recoveriesByAgency, boolean onlyChanged,
			int most) {
		return transactions.execute(status -> {
			// A pass's statements are the full rebuild's with ":people" given (null there). After five
			// passes on one connection PostgreSQL may plan such a statement once for any value, and a
			// plan that must serve null reads the whole ledger: one pass's links of 770 people took 4.5 s
			// where the five before took 0.2 to 0.3 s (BENCHMARKS.md, "Sale keys kept by the full
			// refresh", 2026-12-07). Each is planned for the people it is given, for this transaction.
			jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
			Laps laps = new Laps();
			Set<String> people = new java.util.LinkedHashSet<>();
			Map<String, List<String>> changedByAgency = new LinkedHashMap<>();
			recoveriesByAgency.forEach((agency, recoveryIds) -> {
				Map<String, GunNodes.Node> before = guns.nodesOf(agency, recoveryIds);
				guns.rebuild(agency, recoveryIds);
				Map<String, GunNodes.Node> after = guns.nodesOf(agency, recoveryIds);
				List<String> changedIds = onlyChanged
						? recoveryIds.stream().filter(id -> !Objects.equals(before.get(id), after.get(id))).toList() : recoveryIds;
				if (!changedIds.isEmpty()) {
					changedByAgency.put(agency, changedIds);
				}
				changedIds.forEach(id -> GunNodes.Node.people(before.get(id), after.get(id)).forEach(people::add));
			});
			int recoveries = changedByAgency.values().stream().mapToInt(List::size).sum();
			if (recoveries > most) {
				status.setRollbackOnly();
				return GraphChange.tooMany(changedByAgency);
			}
			List<String> involved = List.copyOf(people);
			laps.lap("gun nodes");
			List<String> touched = involved.isEmpty() ? involved
					: java.util.stream.Stream.concat(involved.stream(), links.sharingHolderNames(involved).stream()).distinct().toList();
			laps.lap("holders of the same name");
			if (touched.isEmpty()) {
				return new GraphChange(touched, List.of(), recoveries);
			}
			// Whose guns or links change: the rings that hold them are written again even if no one moves.
			Set<String> changed = new HashSet<>(touched);
			Set<String> seizedTogether = new HashSet<>();
			links.neighboursOf(touched, changed, seizedTogether);
			links.rebuildFor(touched, changedByAgency);
			links.neighboursOf(touched, changed, seizedTogether);
			laps.lap("links");
			// A new link can move people between rings of one large group: every ring that held any of
			// the people involved is weighed again against the groups its members are in now.
			Map<String, Set<String>> old = new HashMap<>(rings.ringsOf(changed));
			Set<String> affected = new HashSet<>(changed);
			old.values().forEach(affected::addAll);
			Near near = new Near(affected);
			laps.lap("pairs");
			Collection<TreeSet<String>> groups = near.finder.groups(affected);
			laps.lap("split");
			for (int round = 0; round < 4; round++) {
				// Everyone in the groups, not only those a ring holds now: an earlier ring whose members a
				// split left each alone is found here, and dissolved, as a full rebuild would.
				Set<String> more = near.finder.linkedTo(affected);
				more.removeAll(affected);
				if (more.isEmpty()) {
					break;
				}
				affected.addAll(more);
				rings.ringsOf(more).forEach((id, members) -> {
					old.put(id, members);
					affected.addAll(members);
				});
				if (!near.covers(affected)) {
					near = new Near(affected);
				}
				groups = near.finder.groups(affected);
			}
			if (near.everyone) {
				rememberInLargeGroups(affected);
			}
			laps.lap("groups");
			Set<Set<String>> now = new HashSet<>(groups);
			Set<Set<String>> kept = new HashSet<>(old.values());
			List<String> gone = old.entrySet().stream().filter(ring -> !now.contains(ring.getValue())).map(Map.Entry::getKey).toList();
			List<TreeSet<String>> write = groups.stream()
				.filter(group -> !kept.contains(group) || !java.util.Collections.disjoint(group, changed)).toList();
			Set<String> weighed = new HashSet<>(changed);
			write.forEach(weighed::addAll);
			weighed.removeAll(touched);
			rings.renamePeople(touched, weighed);
			laps.lap("names");
			Set<String> ringsChanged = rings.replace(gone, write, near.finder.heldLoosely(write));
			laps.lap("rings");
			log.debug("Graph brought up to date for {} changed recoveries of {} ({} people, {} in their groups, {} rings weighed again,"
					+ " {} of them changed, {} gone): {}", recoveries, changedByAgency.keySet(), touched.size(), affected.size(),
					write.size(), write.stream().map(rings::ringIdOf).filter(ringsChanged::contains).count(), gone.size(), laps);
			// Everyone whose ring changed or dissolved: what their leads say about their ring has changed too. A
			// ring made again exactly as it was leaves its members' leads as they were.
			Set<String> members = new TreeSet<>();
			write.stream().filter(group -> ringsChanged.contains(rings.ringIdOf(group))).forEach(members::addAll);
			gone.forEach(id -> members.addAll(old.get(id)));
			// And everyone whose guns were seized with theirs, before or after: a new gun seized beside a
			// gun of theirs is evidence in their own lead, even when no ring holds them. Other links say
			// nothing a person's lead weighs, so their people are left alone.
			members.addAll(seizedTogether);
			members.removeAll(touched);
			return new GraphChange(touched, List.copyOf(members), recoveries);
		});
	}

	/**
	 * The links of the groups that hold some people, ready to be grouped into rings: a group is every
	 * person a chain of links reaches, so its rings come out as a full rebuild would find them. When
	 * the groups are large, every pair is read instead (one pass, quicker than following the links).
	 */
	private final class Near {

		/** Beyond this many people in the groups, every pair is read. */
		static final int MOST = 5000;

		final RingFinder finder = new RingFinder();

		final Set<String> reached;

		final boolean everyone;

		Near(Set<String> people) {
			reached = new HashSet<>(people);
			everyone = people.stream().anyMatch(inLargeGroups::contains) || !links.eachPairNear(people, MOST, this::link);
			if (everyone) {
				links.eachPair(this::link);
			}
		}

		private void link(String a, String b, double strength, boolean custodyOnly, double evidence) {
			finder.link(a, b, strength, custodyOnly, evidence);
			reached.add(a);
			reached.add(b);
		}

		boolean covers(Set<String> people) {
			return everyone || reached.containsAll(people);
		}
	}

	/**
	 * The traced recoveries newly imported ballistic hits may link, by agency, for the caller to bring
	 * into the graph ({@code rebuildFor}) and then {@link #forgetRecoveriesAwaitingBallistics forget}.
	 * Empty when more than {@code most} wait: they are then left to the next full refresh.
	 */
	public Map<String, List<String>> listRecoveriesAwaitingBallistics(int most) {
		Map<String, List<String>> waiting = new java.util.TreeMap<>();
		List<String[]> rows = jdbc.sql("SELECT agency, recovery_id FROM network_ballistic_pending ORDER BY 1, 2 LIMIT :most")
			.param("most", most + 1).query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
		if (rows.size() <= most) {
			rows.forEach(row -> waiting.computeIfAbsent(row[0], agency -> new java.util.ArrayList<>()).add(row[1]));
		}
		return waiting;
	}

	/** How many traced recoveries wait for their ballistic hits to be brought in. */
	public long countRecoveriesAwaitingBallistics() {
		return jdbc.sql("SELECT count(*) FROM network_ballistic_pending").query(Long.class).single();
	}

	/** These recoveries of one agency have been brought into the graph: they no longer wait for their ballistic hits. */
	public void forgetRecoveriesAwaitingBallistics(String agency, List<String> recoveryIds) {
		jdbc.sql("DELETE FROM network_ballistic_pending WHERE agency = :agency AND recovery_id = ANY(:ids)")
			.param("agency", agency).param("ids", recoveryIds.toArray(String[]::new)).update();
	}

	public List<Ring> listRings(Visibility visibility, int limit) {
		return reader.listRings(visibility, limit);
	}

	/** The rings any of these people belong to. */
	public List<Ring> listRingsOf(List<String> people, Visibility visibility) {
		return reader.listRingsOf(people, visibility);
	}

	/** The rings any of these people belong to, but for those already in hand ({@code except}, by ring id). */
	public List<Ring> listRingsOf(List<String> people, java.util.Collection<String> except, Visibility visibility) {
		return reader.listRingsOf(people, except, visibility);
	}

	/** Writes the graph the caller may see in an exchange format. */
	public void export(GraphFormat format, Visibility visibility, Writer out) {
		export.write(format, visibility, out);
	}

	private void rememberInLargeGroups(Collection<String> people) {
		if (inLargeGroups.size() + people.size() > LARGE_GROUPS_REMEMBERED) {
			inLargeGroups.clear();
		}
		inLargeGroups.addAll(people);
	}

	/** Every linked pair, with its strength, ready to be grouped into rings. */
	private RingFinder finder() {
		RingFinder finder = new RingFinder();
		links.eachPair(finder::link);
		return finder;
	}

	/** Forgets the ballistic links these agencies' examiners reported (the graph is rebuilt after). */
	public long forgetBallisticLinksOf(java.util.Collection<String> agencies) {
		return jdbc.sql("DELETE FROM ballistic_link WHERE agency = ANY(?)").param(agencies.toArray(String[]::new)).update();
	}
}
