package org.irontrace.network;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.irontrace.access.Visibility;
import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.Wording;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/**
 * One node of the link graph and the nodes next to it, as a caller may see them: the dealer and the
 * guns it sold and their buyers, a gun with its buyer, dealer and recovery, a person with their guns,
 * recoveries, addresses, documents, the people they are linked to and their rings; a gun, a recovery
 * or a crime scene's casings with the guns and scenes ballistic hits tie them to. Node ids are
 * those of the export ({@code licensee:}, {@code person:}, {@code gun:}, {@code recovery:},
 * {@code address:}, {@code document:}) plus {@code ring:} and {@code case:}; {@code dealer:} is read as
 * {@code licensee:}.
 * Visibility is applied in SQL; a person the caller may not see by name is shown under a digest of
 * their key ({@code person:~...}), which this class alone can turn back, and a raw key of such a
 * person leads nowhere.
 */
@Repository
public class Neighbourhood {

	/** Kinds of node, as the page filters them. */
	public static final List<String> KINDS = List.of("licensee", "person", "gun", "recovery", "address", "document", "ring",
			"case");

	/** Enough for a screen: a dealer with more crime guns than this is shown by its first ones. */
	static final int LIMIT = 300;

	private final JdbcClient jdbc;

	/** Digests of withheld people are salted per run, so a digest cannot be looked up from a list of names. */
	private final String salt = java.util.UUID.randomUUID().toString();

	private final ObjectMapper json;

	private final BallisticNeighbours ballistics;

	Neighbourhood(JdbcClient jdbc, ObjectMapper json, BallisticNeighbours ballistics) {
		this.jdbc = jdbc;
		this.json = json;
		this.ballistics = ballistics;
	}

	/**
	 * A node of the graph; {@code personal} when its label or id carries personal data. The detail
	 * is in English, and as a wording (gun type, crime, score) for pages in other languages.
	 */
	public record Node(String id, String kind, String label, String detail, LocalDate date, boolean personal,
			Wording detailWording) {

		public Node(String id, String kind, String label, String detail, LocalDate date, boolean personal) {
			this(id, kind, label, detail, date, personal, null);
		}
	}

	/**
	 * A tie between two nodes; {@code detail} says why, when the graph knows more than the kind, in
	 * English and as a wording for pages in other languages.
	 */
	public record Edge(String source, String target, String kind, String detail, LocalDate date, Wording detailWording) {

		public Edge(String source, String target, String kind, String detail, LocalDate date) {
			this(source, target, kind, detail, date, null);
		}
	}

	/** The focus (as shown) with its neighbours and the ties from it. */
	public record Graph(String focus, List<Node> nodes, List<Edge> edges) {

		public boolean showsPersonalData() {
			return nodes.stream().anyMatch(Node::personal);
		}
	}

	/**
	 * The neighbours of {@code nodeId} of the given kinds, through gun rows recovered between
	 * {@code from} and {@code to} (either may be null).
	 */
	public Graph around(String nodeId, Set<String> kinds, LocalDate from, LocalDate to, Visibility visibility) {
		NodeId focus = NodeId.parse(nodeId);
		Scope scope = new Scope(visibility, from == null ? LocalDate.of(1900, 1, 1) : from,
				to == null ? LocalDate.of(9999, 12, 31) : to);
		NeighbourhoodBuilder graph = new NeighbourhoodBuilder(this::shownPerson);
		String focusId = keptId(focus, scope);
		if (focusId == null) {
			return new Graph(nodeId, List.of(), List.of());
		}
		String key = focusId.substring(focus.kind().length() + 1);
		List<Edge> among = List.of();
		switch (focus.kind()) {
			case "licensee" -> graph.addRows(rows(NeighbourhoodQueries.ROWS_BY_LICENCE, key, null, scope));
			case "gun" -> {
				List<GunRow> guns = rows(NeighbourhoodQueries.ROWS_BY_GUN, focus.id(), null, scope);
				graph.addRows(guns);
				ballistics.add(focusId, guns.stream()
					.map(gun -> new BallisticItem(BallisticItem.RECOVERY, gun.agency(), gun.recoveryId())).toList(), scope, graph);
			}
			case "recovery" -> {
				graph.addRows(rows(NeighbourhoodQueries.ROWS_BY_RECOVERY, key.substring(key.indexOf('/') + 1),
						key.substring(0, Math.max(0, key.indexOf('/'))), scope));
				ballistics.add(focusId, itemOf(focusId), scope, graph);
			}
			case "case" -> ballistics.add(focusId, itemOf(focusId), scope, graph);
			case "address" -> graph.addRows(rows(NeighbourhoodQueries.ROWS_BY_ADDRESS, key, null, scope));
			case "document" -> graph.addRows(rows(NeighbourhoodQueries.ROWS_BY_DOCUMENT, key, null, scope));
			case "person" -> {
				graph.addRows(rows(NeighbourhoodQueries.ROWS_BY_PERSON, key, null, scope));
				graph.addLinks(links(jdbc.sql(NeighbourhoodQueries.LINKS).param("key", key), scope, LIMIT));
				rings(NeighbourhoodQueries.RINGS_OF_PERSON, "people", new String[] { key }, scope, graph, key::equals, LIMIT);
			}
			case "ring" -> {
				List<String> members = rings(NeighbourhoodQueries.RING, "key", key, scope, graph, member -> true, LIMIT);
				among = links(jdbc.sql(NeighbourhoodQueries.LINKS_AMONG).param("people", members.toArray(String[]::new)), scope, LIMIT);
			}
			default -> throw new BadRequestException("unknown kind of node: " + focus.kind());
		}
		graph.keepAround(focusId, kinds);
		if (kinds.isEmpty() || kinds.contains("person")) {
			// A ring's members tied to each other, kept once the focus's own ties are chosen.
			graph.addLinks(among);
		}
		graph.name(people(graph.people(), scope), dealers(graph.dealers()));
		return graph.build(focusId);
	}

	/**
	 * The id a node is kept under (a person or ring by its real key, whatever digest it is shown under),
	 * or null when it names a person or ring the caller may not reach this way.
	 */
	String keptId(NodeId node, Scope scope) {
		String key = node.key();
		if (key.startsWith("~") && (node.kind().equals("person") || node.kind().equals("ring"))) {
			key = jdbc.sql(node.kind().equals("person") ? NeighbourhoodQueries.WITHHELD_PERSON : NeighbourhoodQueries.WITHHELD_RING)
				.param("salt", salt).param("digest", key.substring(1)).params(scope.params()).query(String.class).optional()
				.orElse(null);
			return key == null ? null : node.kind() + ":" + key;
		}
		if (node.kind().equals("person") && !seesNamed(key, scope)) {
			// A raw key is a handle on a person: only a reader who may see the person may follow one;
			// others reach people only through the digests they are shown.
			return null;
		}
		return node.id();
	}

	/** The examiner's item a recovery or case node stands for (none when its id is not written as one). */
	private static List<BallisticItem> itemOf(String nodeId) {
		BallisticItem item = BallisticItem.parse(nodeId);
		return item == null ? List.of() : List.of(item);
	}

	private List<GunRow> rows(String statement, String key, String agency, Scope scope) {
		JdbcClient.StatementSpec query = jdbc.sql(statement).param("key", key)
			.param("limit", LIMIT).params(scope.params());
		if (agency != null) {
			query = query.param("agency", agency);
		}
		return query.query((rs, n) -> GunRow.read(rs)).list();
	}

	/** Links between people as edges, with their detail in words where the caller may read it. */
	List<Edge> links(JdbcClient.StatementSpec query, Scope scope, int limit) {
		return query.param("limit", limit).params(scope.params())
			.query((rs, n) -> new Edge("person:" + rs.getString("a"), "person:" + rs.getString("b"), rs.getString("kind"),
					rs.getString("detail"), null, rs.getString("detail_wording") == null ? null
							: json.readValue(rs.getString("detail_wording"), Wording.class)))
			.list();
	}

	/** Adds the rings the query finds, tied to those of their members the filter keeps; answers the members' keys. */
	List<String> rings(String sql, String name, Object value, Scope scope, NeighbourhoodBuilder graph,
			java.util.function.Predicate<String> tied, int limit) {
		List<String> members = new java.util.ArrayList<>();
		jdbc.sql(sql).param(name, value).param("limit", limit).params(scope.params()).query(rs -> {
			String ring = "ring:" + rs.getString("ring_id");
			String shown = rs.getBoolean("named") ? rs.getString("ring_id") : "~" + digest(rs.getString("ring_id"));
			graph.showAs(ring, "ring:" + shown);
			double score = rs.getDouble("score");
			graph.addNode(new Node(ring, "ring", shown, String.format(java.util.Locale.ROOT, "%.2f", score),
					null, rs.getBoolean("named") && rs.getString("ring_id").contains("U:"), Wording.of("RING", score)));
			for (String member : (String[]) rs.getArray("members").getArray()) {
				if (tied.test(member)) {
					graph.addEdge(new Edge("person:" + member, ring, "IN_RING", null, null));
					members.add(member);
				}
			}
		});
		return members;
	}

	/** Shown people by key; people the caller does not see on any row are absent. */
	Map<String, Node> people(Collection<String> keys, Scope scope) {
		Map<String, Node> shown = new LinkedHashMap<>();
		if (keys.isEmpty()) {
			return shown;
		}
		jdbc.sql(NeighbourhoodQueries.PEOPLE).param("people", keys.toArray(String[]::new)).params(scope.params()).query(rs -> {
			String key = rs.getString("person");
			boolean named = rs.getBoolean("named");
			String name = named && rs.getString("last_name") != null
					? String.join(" ", java.util.stream.Stream.of(rs.getString("first_name"), rs.getString("last_name"))
						.filter(java.util.Objects::nonNull).toList())
					: null;
			String id = shownPerson(key, named);
			shown.put(key, new Node(id, "person", name != null ? name : id.substring("person:".length()), null, null,
					name != null || (named && key.startsWith("U:"))));
		});
		return shown;
	}

	/** Whether the caller sees this person by name on the rows it sees (the rule of {@link #people}). */
	private boolean seesNamed(String key, Scope scope) {
		return jdbc.sql(NeighbourhoodQueries.PEOPLE).param("people", new String[] { key }).params(scope.params())
			.query((rs, n) -> rs.getBoolean("named")).optional().orElse(false);
	}

	Map<String, Node> dealers(Collection<String> licences) {
		Map<String, Node> shown = new LinkedHashMap<>();
		jdbc.sql(NeighbourhoodQueries.DEALERS).param("licences", licences.toArray(String[]::new)).query(rs -> {
			String licence = rs.getString("licence_number");
			String place = java.util.stream.Stream.of(rs.getString("city"), rs.getString("state"))
				.filter(java.util.Objects::nonNull).reduce((a, b) -> a + ", " + b).orElse(null);
			shown.put(licence, new Node("licensee:" + licence, "licensee", rs.getString("business_name"),
					place == null ? licence : licence + " · " + place, null, false));
		});
		return shown;
	}

	/** The id a person is shown under: their key, or a digest of it when the caller may not see the person. */
	String shownPerson(String key, boolean named) {
		if (named) {
			return "person:" + key;
		}
		return "person:~" + digest(key);
	}

	/** The first 16 hex digits of the salted SHA-256 of a key, as the queries compute it to find the key again. */
	String digest(String key) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest((salt + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest).substring(0, 16);
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The caller's view and the period, as query parameters. */
	record Scope(Visibility visibility, LocalDate from, LocalDate to) {

		Map<String, Object> params() {
			Map<String, Object> params = new LinkedHashMap<>();
			params.put("all", visibility.everything());
			params.put("full", visibility.fullAgencies());
			params.put("records", visibility.recordAgencies());
			params.put("from", from);
			params.put("to", to);
			return params;
		}
	}

	/** A node id split into its kind and key. */
	record NodeId(String kind, String key) {

		static NodeId parse(String id) {
			int colon = id == null ? -1 : id.indexOf(':');
			if (colon < 1 || colon == id.length() - 1) {
				throw new BadRequestException("'node' must look like kind:key, e.g. licensee:5-74-201-01-2A-12345");
			}
			String kind = id.substring(0, colon);
			if (kind.equals("dealer")) {
				kind = "licensee";
			}
			if (!KINDS.contains(kind)) {
				throw new BadRequestException("'node' must be of a kind among " + KINDS + " (or dealer)");
			}
			return new NodeId(kind, id.substring(colon + 1));
		}

		String id() {
			return kind + ":" + key;
		}
	}
}
