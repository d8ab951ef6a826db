package org.irontrace.network;

import java.io.Writer;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.irontrace.access.Visibility;
import org.irontrace.platform.Laps;
import org.irontrace.network.export.GraphExport;
import org.irontrace.network.export.GraphFormat;
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

	Network(GunNodes guns, Links links, RingStore rings, RingReader reader, GraphExport export,
			PlatformTransactionManager transactions) {
		this.guns = guns;
		this.links = links;
		this.rings = rings;
		this.reader = reader;
		this.export = export;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** Every gun node, link and ring again; answers the number of rings. */
	public synchronized int rebuild() {
		return transactions.execute(status -> {
			guns.rebuildAll();
			links.rebuildAll();
			rings.renamePeople();
			int written = rings.replaceAll(groups());
			rings.analyse();
			return written;
		});
	}

	/** Brings the graph up to date with these recoveries of one agency; answers the people they touch. */
	public synchronized List<String> rebuildFor(String agency, List<String> recoveryIds) {
		return transactions.execute(status -> {
			Laps laps = new Laps();
			List<String> before = guns.peopleOf(agency, recoveryIds);
			guns.rebuild(agency, recoveryIds);
			List<String> touched = java.util.stream.Stream.concat(before.stream(), guns.peopleOf(agency, recoveryIds).stream())
				.distinct().toList();
			laps.lap("gun nodes");
			if (touched.isEmpty()) {
				return touched;
			}
			links.rebuildFor(touched);
			laps.lap("links");
			rings.renamePeople(touched);
			laps.lap("names");
			// A new link can move people between rings of one large group: every ring that held any of
			// the people involved is written again, with everyone it held.
			Set<String> affected = new HashSet<>(touched);
			affected.addAll(rings.ringMatesOf(touched));
			Near near = new Near(affected);
			Collection<TreeSet<String>> changed = near.finder.groups(affected);
			for (int round = 0; round < 4; round++) {
				int known = affected.size();
				changed.forEach(affected::addAll);
				affected.addAll(rings.ringMatesOf(List.copyOf(affected)));
				if (affected.size() == known) {
					break;
				}
				if (!near.reached.containsAll(affected)) {
					near = new Near(affected);
				}
				changed = near.finder.groups(affected);
			}
			laps.lap("groups");
			List<String> everyone = List.copyOf(affected);
			rings.renamePeople(everyone);
			rings.replaceFor(everyone, changed);
			laps.lap("rings");
			log.debug("Graph brought up to date for {} recoveries of {} ({} people, {} in their groups): {}", recoveryIds.size(),
					agency, touched.size(), everyone.size(), laps);
			return touched;
		});
	}

	/**
	 * The links of the groups that hold some people, ready to be grouped into rings: a group is every
	 * person a chain of links reaches, so its rings come out as a full rebuild would find them.
	 */
	private final class Near {

		final RingFinder finder = new RingFinder();

		final Set<String> reached;

		Near(Set<String> people) {
			reached = new HashSet<>(people);
			links.eachPairNear(people, (a, b, strength) -> {
				finder.link(a, b, strength);
				reached.add(a);
				reached.add(b);
			});
		}
	}

	public List<Ring> listRings(Visibility visibility, int limit) {
		return reader.listRings(visibility, limit);
	}

	/** The rings any of these people belong to. */
	public List<Ring> listRingsOf(List<String> people, Visibility visibility) {
		return reader.listRingsOf(people, visibility);
	}

	/** Writes the graph the caller may see in an exchange format. */
	public void export(GraphFormat format, Visibility visibility, Writer out) {
		export.write(format, visibility, out);
	}

	private Collection<TreeSet<String>> groups() {
		return finder().groups();
	}

	/** Every linked pair, with its strength, ready to be grouped into rings. */
	private RingFinder finder() {
		RingFinder finder = new RingFinder();
		links.eachPair(finder::link);
		return finder;
	}
}
