package org.irontrace.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.irontrace.access.Visibility;
import org.irontrace.network.Neighbourhood.Edge;
import org.irontrace.network.Neighbourhood.Graph;
import org.irontrace.network.Neighbourhood.Node;
import org.irontrace.network.Neighbourhood.NodeId;
import org.irontrace.network.Neighbourhood.Scope;
import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The shortest chain of ties between two nodes over the whole link graph the caller may see, not
 * only what a page has drawn: a breadth-first search from both ends at once, one step at a time
 * ({@link PathSteps}: a handful of statements per step, whatever its width), always widening the
 * narrower side. Both ends must have a tie the caller sees through {@link Neighbourhood#around}, and
 * each tie is one the neighbourhood of either end would draw, so a path shows nothing a
 * neighbourhood would hide.
 * <p>
 * Bounded: at most {@link #MOST_STEPS} ties, {@link #MOST_NODES} nodes reached and
 * {@link #MOST_ROWS} rows per statement, so one question costs at most a few dozen statements.
 */
@Service
public class ShortestPaths {

	/** Chains longer than this say little to an analyst (a dealer's buyer's co-buyer's dealer's ...). */
	public static final int MOST_STEPS = 8;

	static final int MOST_NODES = 20_000;

	static final int MOST_ROWS = 5_000;

	private final Neighbourhood neighbourhood;

	private final PathSteps steps;

	ShortestPaths(Neighbourhood neighbourhood, PathSteps steps) {
		this.neighbourhood = neighbourhood;
		this.steps = steps;
	}

	/** How a node was reached: from which node, by which tie, after how many ties. */
	private record Reached(String from, Edge tie, int depth) {
	}

	/**
	 * The shortest path between two node ids as the graph page and the API write them ({@code dealer:}
	 * for {@code licensee:}, people and rings under the digests the caller was shown).
	 *
	 * @throws BadRequestException when an id is not written as a node's or both name the same node
	 * @throws NotFoundException when an end is no node the caller may see
	 */
	public GraphPath between(String from, String to, Visibility visibility) {
		Scope scope = new Scope(visibility, LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));
		NeighbourhoodBuilder seen = new NeighbourhoodBuilder(neighbourhood::shownPerson);
		String start = end(from, "from", scope, seen);
		String goal = end(to, "to", scope, seen);
		// The answer names the ends as the caller wrote them (dealer: as licensee:), never by a kept key.
		if (start.equals(goal)) {
			throw new BadRequestException("'from' and 'to' name the same node");
		}
		Map<String, Reached> fromStart = new HashMap<>(Map.of(start, new Reached(null, null, 0)));
		Map<String, Reached> fromGoal = new HashMap<>(Map.of(goal, new Reached(null, null, 0)));
		List<String> startSide = List.of(start);
		List<String> goalSide = List.of(goal);
		int taken = 0;
		boolean cutShort = false;
		while (taken < MOST_STEPS && !startSide.isEmpty() && !goalSide.isEmpty()) {
			boolean widenStart = startSide.size() <= goalSide.size();
			List<String> side = widenStart ? startSide : goalSide;
			Map<String, Reached> mine = widenStart ? fromStart : fromGoal;
			Map<String, Reached> theirs = widenStart ? fromGoal : fromStart;
			Set<String> widened = Set.copyOf(side);
			List<String> next = new ArrayList<>();
			String meeting = null;
			for (Edge tie : steps.from(side, scope, MOST_ROWS, seen)) {
				for (String[] ends : new String[][] { { tie.source(), tie.target() }, { tie.target(), tie.source() } }) {
					if (!widened.contains(ends[0]) || mine.containsKey(ends[1])) {
						continue;
					}
					mine.put(ends[1], new Reached(ends[0], tie, mine.get(ends[0]).depth() + 1));
					next.add(ends[1]);
					if (theirs.containsKey(ends[1]) && (meeting == null
							|| theirs.get(ends[1]).depth() < theirs.get(meeting).depth())) {
						meeting = ends[1];
					}
				}
			}
			taken++;
			if (meeting != null) {
				return found(NodeId.parse(from.trim()).id(), NodeId.parse(to.trim()).id(), start, meeting, fromStart, fromGoal,
						scope, seen, cutShort);
			}
			if (fromStart.size() + fromGoal.size() > MOST_NODES) {
				cutShort = true;
				break;
			}
			if (widenStart) {
				startSide = next;
			}
			else {
				goalSide = next;
			}
		}
		return new GraphPath(NodeId.parse(from.trim()).id(), NodeId.parse(to.trim()).id(), MOST_STEPS, false, cutShort, 0,
				List.of(), List.of());
	}

	/** An end of the path: the id it is kept under, its drawing kept in {@code seen}. */
	private String end(String id, String name, Scope scope, NeighbourhoodBuilder seen) {
		if (id == null || id.isBlank()) {
			throw new BadRequestException("'" + name + "' is required: a node id such as dealer:LICENCE or person:KEY");
		}
		NodeId node = NodeId.parse(id.trim());
		Graph around = neighbourhood.around(node.id(), Set.of(), null, null, scope.visibility());
		String kept = neighbourhood.keptId(node, scope);
		// A node with no tie the caller sees is on no path it may see: unknown and unseen answer alike.
		if (kept == null || around.edges().isEmpty()) {
			throw new NotFoundException("'" + name + "': no node " + id.trim() + " you may see");
		}
		Node drawn = around.nodes().stream().filter(each -> each.id().equals(around.focus())).findFirst().orElseThrow();
		seen.addNode(new Node(kept, drawn.kind(), drawn.label(), drawn.detail(), drawn.date(), drawn.personal(),
				drawn.detailWording()));
		if (!around.focus().equals(kept)) {
			seen.showAs(kept, around.focus());
		}
		return kept;
	}

	private GraphPath found(String from, String to, String start, String meeting, Map<String, Reached> fromStart,
			Map<String, Reached> fromGoal, Scope scope, NeighbourhoodBuilder seen, boolean cutShort) {
		LinkedList<Edge> ties = new LinkedList<>();
		for (Reached step = fromStart.get(meeting); step.tie() != null; step = fromStart.get(step.from())) {
			ties.addFirst(step.tie());
		}
		for (Reached step = fromGoal.get(meeting); step.tie() != null; step = fromGoal.get(step.from())) {
			ties.addLast(step.tie());
		}
		NeighbourhoodBuilder path = new NeighbourhoodBuilder(neighbourhood::shownPerson);
		List<String> people = new ArrayList<>();
		List<String> dealers = new ArrayList<>();
		for (Edge tie : ties) {
			path.addEdge(tie);
			for (String id : List.of(tie.source(), tie.target())) {
				switch (NeighbourhoodBuilder.kindOf(id)) {
					case "person" -> people.add(id.substring(7));
					case "licensee" -> dealers.add(id.substring(9));
					default -> {
						if (seen.node(id) != null) {
							path.addNode(seen.node(id));
						}
						if (seen.shownAs(id) != null) {
							path.showAs(id, seen.shownAs(id));
						}
					}
				}
			}
		}
		path.name(neighbourhood.people(people, scope), neighbourhood.dealers(dealers));
		Graph drawn = path.build(start);
		return new GraphPath(from, to, MOST_STEPS, true, cutShort, ties.size(), drawn.nodes(), drawn.edges());
	}
}
