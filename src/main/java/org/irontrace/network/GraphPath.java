package org.irontrace.network;

import java.util.List;

import org.irontrace.network.Neighbourhood.Edge;
import org.irontrace.network.Neighbourhood.Node;

/**
 * A shortest chain of ties between two nodes of the link graph, as the caller may see them: the
 * nodes in order from {@code from} to {@code to} and the ties between them. {@code found} is false
 * when no chain of at most {@code mostSteps} ties joins them (then {@code steps} is 0 and the lists are empty);
 * {@code cutShort} says the search stopped at its bound of nodes before looking at every chain of
 * that length, so a longer look may still find one.
 */
public record GraphPath(String from, String to, int mostSteps, boolean found, boolean cutShort, int steps, List<Node> nodes,
		List<Edge> edges) {

	public boolean showsPersonalData() {
		return nodes.stream().anyMatch(Node::personal);
	}
}
