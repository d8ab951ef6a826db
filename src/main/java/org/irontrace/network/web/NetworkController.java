package org.irontrace.network.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.access.Visibility;
import org.irontrace.network.GraphPath;
import org.irontrace.network.Network;
import org.irontrace.network.NodePick;
import org.irontrace.network.NodePicker;
import org.irontrace.network.ShortestPaths;
import org.irontrace.network.Ring;
import org.irontrace.network.export.GraphFormat;
import org.irontrace.platform.BadRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rings, exports, node picks and shortest paths of the link graph. Both rest on other agencies' recoveries, so they follow the
 * LEADS agreements: a ring only when every agency behind it shares its records with the caller,
 * names only when every one shares personal data; reads that may show names are audited.
 */
@RestController
@RequestMapping("/api/v1/network")
class NetworkController {

	private final Network network;

	private final Callers callers;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final NodePicker picker;

	private final ShortestPaths paths;

	/** Federation, when present, reports reads of other installations' records to their owners. */
	private final org.springframework.beans.factory.ObjectProvider<org.irontrace.network.ForeignRecordsShown> foreignReads;

	NetworkController(Network network, NodePicker picker, ShortestPaths paths, Callers callers, SharingScopes scopes,
			AuditTrail audit, org.springframework.beans.factory.ObjectProvider<org.irontrace.network.ForeignRecordsShown> foreignReads) {
		this.foreignReads = foreignReads;
		this.network = network;
		this.picker = picker;
		this.paths = paths;
		this.callers = callers;
		this.scopes = scopes;
		this.audit = audit;
	}

	/** The rings the caller may see, best first. Who may call: ANALYST, INVESTIGATOR, SUPERVISOR, ADMIN. */
	@PreAuthorize("hasAnyRole('ANALYST','INVESTIGATOR','SUPERVISOR','ADMIN')")
	@GetMapping("/rings")
	List<Ring> rings(@RequestParam(defaultValue = "100") int limit, HttpServletRequest request) {
		if (limit < 1 || limit > 10_000) {
			throw new BadRequestException("'limit' must be between 1 and 10000");
		}
		Caller caller = callers.current();
		List<Ring> rings = network.listRings(visibility(caller), limit);
		List<Ring> named = rings.stream()
			.filter(ring -> ring.members().stream().anyMatch(member -> member.lastName() != null))
			.toList();
		if (!named.isEmpty()) {
			audit.record(caller, "READ_PERSONAL_DATA", "network:rings", request.getHeader("X-Purpose"));
			// Members named over records other installations granted: each read reported to their owners.
			foreignReads.ifAvailable(reads -> reads.reportShown(caller,
					named.stream().flatMap(ring -> ring.guns().stream()).toList(), "network:rings",
					request.getHeader("X-Purpose")));
		}
		return rings;
	}

	/** The graph in an exchange format. Who may call: ANALYST, INVESTIGATOR, SUPERVISOR, ADMIN. */
	@PreAuthorize("hasAnyRole('ANALYST','INVESTIGATOR','SUPERVISOR','ADMIN')")
	@GetMapping("/export")
	void export(@RequestParam String format, HttpServletRequest request, HttpServletResponse response) throws IOException {
		GraphFormat chosen = GraphFormat.of(format);
		Caller caller = callers.current();
		Visibility visibility = visibility(caller);
		if (visibility.everything() || visibility.fullAgencies().length > 0) {
			audit.record(caller, "READ_PERSONAL_DATA", "network:export", request.getHeader("X-Purpose"));
		}
		response.setContentType(chosen.mediaType() + ";charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + chosen.fileName() + "\"");
		try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
			network.export(chosen, visibility, out);
		}
	}

	/**
	 * The nodes whose name, licence, serial or id holds {@code match}, for choosing where to start.
	 * Who may call: ANALYST, INVESTIGATOR, SUPERVISOR, ADMIN.
	 */
	@PreAuthorize("hasAnyRole('ANALYST','INVESTIGATOR','SUPERVISOR','ADMIN')")
	@GetMapping("/nodes")
	List<NodePick> nodes(@RequestParam(defaultValue = "") String match, @RequestParam(defaultValue = "20") int limit,
			HttpServletRequest request) {
		if (limit < 1 || limit > 100) {
			throw new BadRequestException("'limit' must be between 1 and 100");
		}
		Caller caller = callers.current();
		List<NodePick> picks = picker.listMatching(match, visibility(caller), limit);
		if (picks.stream().anyMatch(NodePick::personal)) {
			audit.record(caller, "READ_PERSONAL_DATA", "network:nodes", request.getHeader("X-Purpose"));
		}
		return picks;
	}

	/**
	 * The shortest path between two nodes over the whole graph the caller may see.
	 * Who may call: ANALYST, INVESTIGATOR, SUPERVISOR, ADMIN.
	 */
	@PreAuthorize("hasAnyRole('ANALYST','INVESTIGATOR','SUPERVISOR','ADMIN')")
	@GetMapping("/path")
	GraphPath path(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			HttpServletRequest request) {
		Caller caller = callers.current();
		GraphPath path = paths.between(from, to, visibility(caller));
		if (path.showsPersonalData()) {
			audit.record(caller, "READ_PERSONAL_DATA", "network:path " + path.from() + " " + path.to(),
					request.getHeader("X-Purpose"));
		}
		return path;
	}

	private Visibility visibility(Caller caller) {
		return scopes.visibilityFor(caller, SharingScope.LEADS);
	}
}
