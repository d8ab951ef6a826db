package org.irontrace.webapp;

import java.util.List;

import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.access.Visibility;
import org.irontrace.network.GraphPath;
import org.irontrace.network.NodePick;
import org.irontrace.network.NodePicker;
import org.irontrace.network.ShortestPaths;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What the graph page's script asks besides neighbourhoods: the nodes matching what the analyst
 * types in the picker, and the shortest path between two nodes over the whole graph. Both follow
 * the LEADS agreements like the rest of the graph, and answers that name someone are audited.
 */
@Controller
class GraphFinding {

	/** Enough suggestions for one screen of a list box. */
	static final int PICKS = 12;

	private final NodePicker picker;

	private final ShortestPaths paths;

	private final Callers callers;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final GraphWording words;

	GraphFinding(NodePicker picker, ShortestPaths paths, Callers callers, SharingScopes scopes, AuditTrail audit,
			GraphWording words) {
		this.picker = picker;
		this.paths = paths;
		this.callers = callers;
		this.scopes = scopes;
		this.audit = audit;
		this.words = words;
	}

	/** The nodes whose name, licence, serial or id holds what was typed. Who may call: as the graph page. */
	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/graph/nodes")
	@ResponseBody
	List<NodePick> nodes(@RequestParam(defaultValue = "") String match) {
		Caller caller = callers.current();
		List<NodePick> picks = picker.listMatching(match, visibility(caller), PICKS);
		if (picks.stream().anyMatch(NodePick::personal)) {
			audit.record(caller, "READ_PERSONAL_DATA", "network:nodes", null);
		}
		return picks;
	}

	/** The shortest path between two nodes, in the reader's language. Who may call: as the graph page. */
	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/graph/path")
	@ResponseBody
	GraphPath path(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to) {
		Caller caller = callers.current();
		GraphPath path = paths.between(from, to, visibility(caller));
		if (path.showsPersonalData()) {
			audit.record(caller, "READ_PERSONAL_DATA", "network:path " + path.from() + " " + path.to(), null);
		}
		return new GraphPath(path.from(), path.to(), path.mostSteps(), path.found(), path.cutShort(), path.steps(),
				words.nodes(path.nodes()), words.edges(path.edges()));
	}

	private Visibility visibility(Caller caller) {
		return scopes.visibilityFor(caller, SharingScope.LEADS);
	}
}
