package org.irontrace.network;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.irontrace.network.Neighbourhood.Edge;
import org.irontrace.network.Neighbourhood.Graph;
import org.irontrace.network.Neighbourhood.Node;

/**
 * Puts a neighbourhood together from what the queries answered: the ties the export would draw from
 * each gun row, kept only where they touch the focus; people and dealers named last, once it is known
 * which are shown. People are keyed by their real key until {@link #build}, which turns them into the
 * ids the caller may see.
 */
final class NeighbourhoodBuilder {

	private final Map<String, Node> nodes = new LinkedHashMap<>();

	private final Map<String, Edge> edges = new LinkedHashMap<>();

	private final BiFunction<String, Boolean, String> shownPerson;

	private Map<String, Node> people = Map.of();

	private String focus;

	/** Ids shown otherwise than they are kept (rings whose id spells a name the caller may not read). */
	private final Map<String, String> renamed = new java.util.HashMap<>();

	NeighbourhoodBuilder(BiFunction<String, Boolean, String> shownPerson) {
		this.shownPerson = shownPerson;
	}

	void addRows(List<GunRow> rows) {
		for (GunRow row : rows) {
			String gun = row.gunId();
			String recovery = row.recoveryNodeId();
			addNode(new Node(gun, "gun", gun.substring(4).trim(), row.description(), row.recoveryDate(), false,
					row.descriptionWording()));
			addNode(new Node(recovery, "recovery", row.agency() + " " + row.recoveryId(),
					Stream.of(row.place(), row.crimeCode()).filter(java.util.Objects::nonNull).reduce((a, b) -> a + " · " + b).orElse(null),
					row.recoveryDate(), false, row.recoveryWording()));
			addEdge(new Edge(gun, recovery, "RECOVERED_AS", null, row.recoveryDate()));
			if (row.purchaser() != null) {
				addEdge(new Edge("person:" + row.purchaser(), gun, "BOUGHT", null, row.saleDate()));
			}
			if (row.licence() != null) {
				addEdge(new Edge("licensee:" + row.licence(), gun, row.saleDate() == null ? "LAST_HELD" : "SOLD", null, row.saleDate()));
				if (row.purchaser() != null && row.saleDate() != null) {
					addEdge(new Edge("person:" + row.purchaser(), "licensee:" + row.licence(), "BOUGHT_FROM", null, row.saleDate()));
				}
			}
			if (row.possessor() != null) {
				addEdge(new Edge("person:" + row.possessor(), recovery, "FOUND_WITH", null, row.recoveryDate()));
			}
			if (row.purchaser() != null && row.address() != null) {
				addNode(new Node("address:" + row.address(), "address", row.address(), null, null, true));
				addEdge(new Edge("person:" + row.purchaser(), "address:" + row.address(), "GAVE_ADDRESS", null, row.saleDate()));
			}
			if (row.purchaser() != null && row.document() != null) {
				addNode(new Node("document:" + row.document(), "document", row.document(), null, null, true));
				addEdge(new Edge("person:" + row.purchaser(), "document:" + row.document(), "SHOWED_DOCUMENT", null, row.saleDate()));
			}
		}
	}

	/** The ties gathered so far, people by their real keys. */
	Collection<Edge> edges() {
		return edges.values();
	}

	/** A node gathered so far (people and dealers are named only by {@link #name}). */
	Node node(String id) {
		return nodes.get(id);
	}

	/** The id this node is shown under when it is not its own, or null. */
	String shownAs(String id) {
		return renamed.get(id);
	}

	/** Keeps the drawings of another builder's nodes and the ids they are shown under. */
	void absorb(NeighbourhoodBuilder other) {
		other.nodes.forEach(nodes::putIfAbsent);
		renamed.putAll(other.renamed);
	}

	void showAs(String id, String shownId) {
		renamed.put(id, shownId);
	}

	void addLinks(List<Edge> links) {
		links.forEach(this::addEdge);
	}

	void addNode(Node node) {
		nodes.putIfAbsent(node.id(), node);
	}

	void addEdge(Edge edge) {
		edges.putIfAbsent(edge.source() + "|" + edge.kind() + "|" + edge.target(), edge);
	}

	/** Keeps the ties that touch the focus and lead to a node of the wanted kinds (all kinds when none is given). */
	void keepAround(String focus, Set<String> kinds) {
		this.focus = focus;
		edges.values().removeIf(edge -> {
			boolean fromFocus = edge.source().equals(focus);
			if (!fromFocus && !edge.target().equals(focus)) {
				return true;
			}
			String other = fromFocus ? edge.target() : edge.source();
			return kinds != null && !kinds.isEmpty() && !kinds.contains(kindOf(other));
		});
		Set<String> touched = ends(focus);
		nodes.keySet().removeIf(id -> !touched.contains(id));
	}

	Collection<String> people() {
		return ends(focus).stream().filter(id -> id.startsWith("person:")).map(id -> id.substring(7)).toList();
	}

	Collection<String> dealers() {
		return ends(focus).stream().filter(id -> id.startsWith("licensee:")).map(id -> id.substring(9)).toList();
	}

	/** People the caller does not see on any row are dropped with their ties; dealers outside the register keep their licence as label. */
	void name(Map<String, Node> shownPeople, Map<String, Node> dealers) {
		this.people = shownPeople;
		edges.values().removeIf(edge -> Stream.of(edge.source(), edge.target())
			.anyMatch(id -> id.startsWith("person:") && !shownPeople.containsKey(id.substring(7))));
		for (String licence : dealers()) {
			nodes.put("licensee:" + licence, dealers.getOrDefault(licence,
					new Node("licensee:" + licence, "licensee", licence, null, null, false)));
		}
	}

	Graph build(String focus) {
		Map<String, Node> shown = new LinkedHashMap<>();
		Set<String> touched = ends(focus);
		for (String id : touched) {
			Node node = id.startsWith("person:") ? people.get(id.substring(7)) : nodes.get(id);
			if (node != null && renamed.containsKey(id)) {
				node = new Node(renamed.get(id), node.kind(), node.label(), node.detail(), node.date(), node.personal(),
						node.detailWording());
			}
			if (node != null) {
				shown.put(node.id(), node);
			}
		}
		List<Edge> ties = edges.values().stream()
			.map(edge -> new Edge(shown(edge.source()), shown(edge.target()), edge.kind(), edge.detail(), edge.date(),
					edge.detailWording()))
			.toList();
		String focusShown = shown(focus);
		if (!shown.containsKey(focusShown)) {
			return new Graph(focusShown, List.of(), List.of());
		}
		return new Graph(focusShown, List.copyOf(shown.values()), ties);
	}

	private String shown(String id) {
		if (!id.startsWith("person:")) {
			return renamed.getOrDefault(id, id);
		}
		Node person = people.get(id.substring(7));
		return person == null ? shownPerson.apply(id.substring(7), false) : person.id();
	}

	/** Every node id at an end of a kept tie, and the focus. */
	private Set<String> ends(String focus) {
		Set<String> ids = new LinkedHashSet<>();
		if (focus != null) {
			ids.add(focus);
		}
		edges.values().forEach(edge -> {
			ids.add(edge.source());
			ids.add(edge.target());
		});
		return ids;
	}

	static String kindOf(String id) {
		return id.substring(0, id.indexOf(':'));
	}
}
