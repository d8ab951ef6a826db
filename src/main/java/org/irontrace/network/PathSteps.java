package org.irontrace.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.irontrace.network.Neighbourhood.Edge;
import org.irontrace.network.Neighbourhood.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One step of a search over the whole link graph: every tie from a set of nodes to the nodes next to
 * them, read in a handful of statements whatever the number of nodes (gun rows, links between
 * people, rings, ballistic hits), with the caller's view as parameters exactly as
 * {@link Neighbourhood} reads one node's neighbours: the same gun rows, the same ties drawn from
 * them, people only when the caller sees them on a row, rings only when it sees every agency behind
 * them. Nodes are named by the ids they are kept under (people by their real keys).
 */
@Repository
class PathSteps {

	/**
	 * Gun rows touching any node of the step, one condition per kind of node, each answered by an index
	 * (licence, purchaser, possessor, serial, the recovery's key) so that PostgreSQL combines look-ups
	 * instead of scanning every gun row; a kind the step does not hold has an empty array and adds
	 * nothing. Addresses and documents, rare and only where names are seen, are compared as the
	 * neighbourhood compares them.
	 */
	private static final String GUN_ROWS_NEXT_TO = NeighbourhoodQueries.GUN_ROWS + """
			(g.licence = ANY(:licences)
			 OR g.purchaser_id = ANY(:people) OR g.possessor_id = ANY(:people)
			 OR ((g.serial_number = ANY(:serials) OR (g.agency, g.recovery_id) IN (SELECT * FROM unnest(
			         CAST(:gunAgencies AS text[]), CAST(:gunRecoveries AS text[]))))
			     AND 'gun:' || COALESCE(g.manufacturer, '') || ' ' || COALESCE(g.serial_number, g.agency || '/' || g.recovery_id) = ANY(:guns))
			 OR (g.agency, g.recovery_id) IN (SELECT * FROM unnest(CAST(:recoveryAgencies AS text[]), CAST(:recoveryIds AS text[])))
			 OR (n.named AND e.purchaser_street IS NOT NULL
			     AND network_address_key(e.purchaser_street, e.purchaser_postal_code, e.purchaser_city) = ANY(:addresses))
			 OR (n.named AND e.purchaser_id_number IS NOT NULL
			     AND COALESCE(e.purchaser_id_type || ' ', '') || upper(e.purchaser_id_number) = ANY(:documents)))""" + NeighbourhoodQueries.GUN_ROWS_ORDER;

	/** The kinds of node that gun rows tie to. */
	private static final Set<String> ON_GUN_ROWS = Set.of("licensee", "person", "gun", "recovery", "address", "document");

	/** Links from any of the people of the step, with the detail rules of {@link NeighbourhoodQueries#LINKS}. */
	private static final String LINKS_OF = """
			SELECT l.a, l.b, l.kind,
			       CASE WHEN l.kind LIKE 'SHARED_%' AND NOT :all THEN NULL ELSE network_link_detail(l.detail, l.document_sealed) END AS detail,
			       CASE WHEN l.kind LIKE 'SHARED_%' AND NOT :all THEN NULL
			            ELSE network_link_wording(l.detail_wording, l.document_sealed)::text END AS detail_wording
			FROM network_link l
			WHERE (l.a = ANY(:people) OR l.b = ANY(:people)) AND (:all OR l.agencies <@ CAST(:records AS text[]))
			LIMIT :limit
			""";

	private static final String RINGS_BY_ID = """
			SELECT ring_id, score, members, (:all OR contributing_agencies <@ CAST(:full AS text[])) AS named FROM network_ring
			WHERE ring_id = ANY(:keys) AND (:all OR contributing_agencies <@ CAST(:records AS text[]))
			LIMIT :limit
			""";

	private final JdbcClient jdbc;

	private final Neighbourhood neighbourhood;

	private final BallisticNeighbours ballistics;

	PathSteps(JdbcClient jdbc, Neighbourhood neighbourhood, BallisticNeighbours ballistics) {
		this.jdbc = jdbc;
		this.neighbourhood = neighbourhood;
		this.ballistics = ballistics;
	}

	/**
	 * The ties from {@code from} (kept ids) to the nodes next to them, each statement answering at most
	 * {@code most} rows; the drawings of the nodes reached are added to {@code seen}.
	 */
	List<Edge> from(Collection<String> from, Scope scope, int most, NeighbourhoodBuilder seen) {
		Map<String, List<String>> keys = from.stream().collect(Collectors.groupingBy(NeighbourhoodBuilder::kindOf,
				Collectors.mapping(id -> id.substring(id.indexOf(':') + 1), Collectors.toList())));
		String[] people = keysOf(keys, "person");
		NeighbourhoodBuilder step = new NeighbourhoodBuilder(neighbourhood::shownPerson);
		if (ON_GUN_ROWS.stream().anyMatch(keys::containsKey)) {
			List<BallisticItem> recoveries = java.util.Arrays.stream(idsOf(keys, "recovery")).map(BallisticItem::parse)
				.filter(java.util.Objects::nonNull).toList();
			// A gun with no serial is named by its recovery (gun:MAKER AGENCY/ID).
			List<BallisticItem> serialLess = java.util.Arrays.stream(serialsOf(keys)).filter(word -> word.contains("/"))
				.map(word -> BallisticItem.parse("recovery:" + word)).filter(java.util.Objects::nonNull).toList();
			step.addRows(jdbc.sql(GUN_ROWS_NEXT_TO).param("licences", keysOf(keys, "licensee"))
				.param("people", people).param("guns", idsOf(keys, "gun")).param("serials", serialsOf(keys))
				.param("gunAgencies", serialLess.stream().map(BallisticItem::agency).toArray(String[]::new))
				.param("gunRecoveries", serialLess.stream().map(BallisticItem::id).toArray(String[]::new))
				.param("recoveryAgencies", recoveries.stream().map(BallisticItem::agency).toArray(String[]::new))
				.param("recoveryIds", recoveries.stream().map(BallisticItem::id).toArray(String[]::new))
				.param("addresses", keysOf(keys, "address")).param("documents", keysOf(keys, "document")).param("limit", most)
				.params(scope.params()).query((rs, n) -> GunRow.read(rs)).list());
		}
		if (people.length > 0) {
			step.addLinks(neighbourhood.links(jdbc.sql(LINKS_OF).param("people", people), scope, most));
			Set<String> asked = Set.of(people);
			neighbourhood.rings(NeighbourhoodQueries.RINGS_OF_PERSON, "people", people, scope, step, asked::contains, most);
		}
		if (keys.containsKey("ring")) {
			neighbourhood.rings(RINGS_BY_ID, "keys", keysOf(keys, "ring"), scope, step, member -> true, most);
		}
		ballistics.addFrom(from.stream().map(BallisticItem::parse).filter(java.util.Objects::nonNull).toList(), scope, step, most);

		Set<String> asked = Set.copyOf(from);
		List<Edge> ties = step.edges().stream().filter(tie -> asked.contains(tie.source()) || asked.contains(tie.target()))
			.toList();
		// People reached only through a link or a ring are kept only when the caller sees them on a row.
		Set<String> reached = new java.util.HashSet<>();
		ties.forEach(tie -> List.of(tie.source(), tie.target()).stream().filter(id -> id.startsWith("person:"))
			.forEach(id -> reached.add(id.substring(7))));
		Set<String> seenPeople = neighbourhood.people(reached, scope).keySet();
		seen.absorb(step);
		List<Edge> kept = new ArrayList<>();
		for (Edge tie : ties) {
			if (List.of(tie.source(), tie.target()).stream()
				.allMatch(id -> !id.startsWith("person:") || seenPeople.contains(id.substring(7)))) {
				kept.add(tie);
			}
		}
		return kept;
	}

	private static String[] keysOf(Map<String, List<String>> keys, String kind) {
		return keys.getOrDefault(kind, List.of()).toArray(String[]::new);
	}

	/** The serial of each gun id: its last word (a maker's name may hold spaces, a serial does not). */
	private static String[] serialsOf(Map<String, List<String>> keys) {
		return keys.getOrDefault("gun", List.of()).stream().map(key -> key.substring(key.lastIndexOf(' ') + 1))
			.toArray(String[]::new);
	}

	private static String[] idsOf(Map<String, List<String>> keys, String kind) {
		return keys.getOrDefault(kind, List.of()).stream().map(key -> kind + ":" + key).toArray(String[]::new);
	}
}
