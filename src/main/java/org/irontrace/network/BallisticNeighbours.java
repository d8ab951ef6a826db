package org.irontrace.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.irontrace.network.Neighbourhood.Edge;
import org.irontrace.network.Neighbourhood.Node;
import org.irontrace.platform.Wording;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ballistic hits next to a node of the link graph: from a recovery, a gun (through its
 * recoveries) or a crime scene's casings ({@code case:}) to the other guns and scenes examiners tied
 * them to. A scene joins the guns that fired there, and expanding it reaches every gun fired at it. A
 * hit is shown only when the caller sees the records of every agency it names.
 */
@Repository
class BallisticNeighbours {

	private static final String HITS = """
			SELECT k.kind AS item_kind, k.agency AS item_agency, k.id AS item_id, e.agency AS examiner, e.other_kind, e.other_agency, e.other_id, e.link_date, e.confidence,
			       r.recovery_date, r.city, r.admin_area, r.country, r.crime_code
			FROM unnest(CAST(:kinds AS text[]), CAST(:agencies AS text[]), CAST(:ids AS text[])) AS k(kind, agency, id)
			JOIN ballistic_end e ON e.item_agency = k.agency AND e.item_id = k.id AND e.item_kind = k.kind
			LEFT JOIN recovery r ON e.other_kind = 'recovery' AND r.agency = e.other_agency AND r.recovery_id = e.other_id
			WHERE (:all OR ARRAY[e.agency, e.item_agency, e.other_agency] <@ CAST(:records AS text[]))
			  AND e.link_date BETWEEN :from AND :to
			ORDER BY e.link_date, e.other_agency, e.other_id
			LIMIT :limit
			""";

	private final JdbcClient jdbc;

	BallisticNeighbours(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Ties from the focus to the items hit from {@code items}; the focus is drawn too when only hits reach it. */
	void add(String focusId, List<BallisticItem> items, Neighbourhood.Scope scope, NeighbourhoodBuilder graph) {
		if (hits(items, scope, graph, item -> focusId, Neighbourhood.LIMIT)) {
			BallisticItem focus = BallisticItem.parse(focusId);
			if (focus != null) {
				graph.addNode(node(focus, null, null, null));
			}
		}
	}

	/** Ties from each of {@code items} to the items hit from it: one step of a search over the whole graph. */
	void addFrom(List<BallisticItem> items, Neighbourhood.Scope scope, NeighbourhoodBuilder graph, int limit) {
		hits(items, scope, graph, BallisticItem::nodeId, limit);
	}

	/** Adds the hits from {@code items}, each tied from the node {@code tiedFrom} names; answers whether any was found. */
	private boolean hits(List<BallisticItem> items, Neighbourhood.Scope scope, NeighbourhoodBuilder graph,
			java.util.function.Function<BallisticItem, String> tiedFrom, int limit) {
		if (items.isEmpty()) {
			return false;
		}
		boolean[] any = { false };
		jdbc.sql(HITS)
			.param("kinds", items.stream().map(BallisticItem::kind).toArray(String[]::new))
			.param("agencies", items.stream().map(BallisticItem::agency).toArray(String[]::new))
			.param("ids", items.stream().map(BallisticItem::id).toArray(String[]::new))
			.param("limit", limit)
			.params(scope.params())
			.query(rs -> {
				BallisticItem item = new BallisticItem(rs.getString("item_kind"), rs.getString("item_agency"), rs.getString("item_id"));
				BallisticItem other = new BallisticItem(rs.getString("other_kind"), rs.getString("other_agency"), rs.getString("other_id"));
				String from = tiedFrom.apply(item);
				if (other.nodeId().equals(from)) {
					return;
				}
				LocalDate recovered = rs.getObject("recovery_date", LocalDate.class);
				String place = Stream.of(rs.getString("city"), rs.getString("admin_area"), rs.getString("country"))
					.filter(Objects::nonNull).reduce((a, b) -> a + ", " + b).orElse(null);
				graph.addNode(node(other, recovered, place, rs.getString("crime_code")));
				boolean confirmed = "CONFIRMED".equals(rs.getString("confidence"));
				String examiner = rs.getString("examiner");
				graph.addEdge(new Edge(from, other.nodeId(), "BALLISTIC_HIT",
						(confirmed ? "confirmed" : "probable") + " hit of the examiner of " + examiner,
						rs.getObject("link_date", LocalDate.class), Wording.of("BALLISTIC_HIT", confirmed ? 1 : 0, examiner)));
				any[0] = true;
			});
		return any[0];
	}

	private static Node node(BallisticItem item, LocalDate recovered, String place, String crimeCode) {
		if (item.kind().equals(BallisticItem.CASE)) {
			return new Node(item.nodeId(), "case", item.agency() + " " + item.id(), null, null, false);
		}
		String detail = Stream.of(place, crimeCode).filter(Objects::nonNull).reduce((a, b) -> a + " · " + b).orElse(null);
		return new Node(item.nodeId(), "recovery", item.agency() + " " + item.id(), detail, recovered, false,
				Wording.of("RECOVERY", place, crimeCode == null ? null : Wording.of("crime." + crimeCode)));
	}
}
