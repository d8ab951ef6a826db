package org.irontrace.webapp;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.access.Visibility;
import org.irontrace.network.GraphDownloads;
import org.irontrace.network.Neighbourhood;
import org.irontrace.network.NodePicker;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.ObjectMapper;

/**
 * The link graph, worked from one node outwards: the page opens on the node named in
 * {@code ?focus=} (a dealer, person, gun, recovery, address, document or ring) and the script asks
 * {@code /app/graph/neighbours} for the nodes next to each one the analyst expands. The graph follows
 * the LEADS agreements, like the API's rings and exports: another agency's recoveries only under an
 * agreement, names only at level FULL, and every answer that names someone is audited.
 */
@Controller
class GraphPage {

	/** The layouts offered, first the one used until another is chosen (as graph-layouts.js names them). */
	static final List<String> LAYOUTS = List.of("force", "concentric", "hierarchy", "kinds");

	private final Neighbourhood neighbourhood;

	private final GraphDownloads downloads;

	private final Callers callers;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final ObjectMapper json;

	GraphPage(Neighbourhood neighbourhood, GraphDownloads downloads, Callers callers, SharingScopes scopes,
			AuditTrail audit, MessageSource messages, ObjectMapper json, GraphWording words) {
		this.neighbourhood = neighbourhood;
		this.words = words;
		this.downloads = downloads;
		this.callers = callers;
		this.scopes = scopes;
		this.audit = audit;
		this.messages = messages;
		this.json = json;
	}

	private final GraphWording words;

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/graph")
	String page(@RequestParam(defaultValue = "") String focus, Locale locale, Model model) {
		Map<String, Object> setup = new LinkedHashMap<>();
		setup.put("focus", focus.isBlank() ? null : focus.trim());
		setup.put("neighbours", "/app/graph/neighbours");
		setup.put("path", "/app/graph/path");
		setup.put("picks", "/app/graph/nodes");
		setup.put("shortest", NodePicker.SHORTEST);
		setup.put("kinds", Neighbourhood.KINDS);
		setup.put("words", GraphWords.in(locale, messages));
		// The block is data, never run; "</" is escaped so that no value can close it.
		model.addAttribute("setup", json.writeValueAsString(setup).replace("</", "<\\/"));
		model.addAttribute("focus", focus.trim());
		model.addAttribute("kinds", Neighbourhood.KINDS);
		model.addAttribute("layouts", LAYOUTS);
		model.addAttribute("formats", GraphDownloads.FORMATS);
		return "webapp/graph";
	}

	/** The neighbours of one node as the caller may see them, as JSON for the page's script. */
	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/graph/neighbours")
	@ResponseBody
	Neighbourhood.Graph neighbours(@RequestParam String node, @RequestParam(required = false) List<String> types,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		Caller caller = callers.current();
		Neighbourhood.Graph graph = neighbourhood.around(node, types == null ? Set.of() : Set.copyOf(types), from, to,
				visibility(caller));
		if (graph.showsPersonalData()) {
			// The same entry the API's rings and exports write when names may be read.
			audit.record(caller, "READ_PERSONAL_DATA", "network:neighbours " + graph.focus(), null);
		}
		return words.worded(graph);
	}

	/** The graph the caller may see in one of FORMATS' exchange formats, for the page's download links. */
	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/graph/export")
	void export(@RequestParam String format, HttpServletResponse response) throws IOException {
		String fileName = downloads.fileName(format);
		Caller caller = callers.current();
		Visibility visibility = visibility(caller);
		if (visibility.everything() || visibility.fullAgencies().length > 0) {
			audit.record(caller, "READ_PERSONAL_DATA", "network:export", null);
		}
		response.setContentType(downloads.mediaType(format) + ";charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
		try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
			downloads.write(format, visibility, out);
		}
	}

	private Visibility visibility(Caller caller) {
		return scopes.visibilityFor(caller, SharingScope.LEADS);
	}
}
