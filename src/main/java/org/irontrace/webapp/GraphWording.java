package org.irontrace.webapp;

import java.util.List;

import org.irontrace.network.Neighbourhood;
import org.springframework.stereotype.Component;

/**
 * A drawing of the link graph in the reader's language: each node's detail (a gun's model and
 * type, a recovery's place and crime, a ring's score) and each tie's reason, as the script shows
 * them, for neighbourhoods and paths alike.
 */
@Component
class GraphWording {

	/** Where the words of why two people are linked live, shared with the person page. */
	static final String TIE = "explore.tie.";

	/** Where a node's detail has its words. */
	static final String NODE = "explore.node.";

	private final EngineWords words;

	GraphWording(EngineWords words) {
		this.words = words;
	}

	Neighbourhood.Graph worded(Neighbourhood.Graph graph) {
		return new Neighbourhood.Graph(graph.focus(), nodes(graph.nodes()), edges(graph.edges()));
	}

	List<Neighbourhood.Node> nodes(List<Neighbourhood.Node> nodes) {
		return nodes.stream()
			.map(node -> node.detailWording() == null ? node
					: new Neighbourhood.Node(node.id(), node.kind(), node.label(),
							words.say(NODE, node.detailWording(), node.detail()), node.date(), node.personal()))
			.toList();
	}

	List<Neighbourhood.Edge> edges(List<Neighbourhood.Edge> edges) {
		return edges.stream()
			.map(tie -> tie.detailWording() == null ? tie
					: new Neighbourhood.Edge(tie.source(), tie.target(), tie.kind(),
							words.say(TIE, tie.detailWording(), tie.detail()), tie.date()))
			.toList();
	}
}
