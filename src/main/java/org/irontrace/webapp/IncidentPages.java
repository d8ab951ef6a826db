package org.irontrace.webapp;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.catalog.Catalog;
import org.irontrace.incident.Incident;
import org.irontrace.incident.IncidentLine;
import org.irontrace.incident.Incidents;
import org.irontrace.network.BallisticThreads;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An incident (the guns one agency took in one seizure, raid or shipment) with each gun's trace,
 * source dealer and state, purchaser and time-to-crime, and their summary; and an agency's list of
 * incidents, searchable by id and criminal group. The same facade and visibility as the API: an
 * incident the caller may not see is missing (404), purchasers are named only at level FULL. The
 * ballistic thread of its guns follows, as on the gun page.
 */
@Controller
class IncidentPages {

	static final int PAGE_SIZE = 50;

	private final Incidents incidents;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final Callers callers;

	private final Catalog catalog;

	private final BallisticThreads ballistics;

	IncidentPages(Incidents incidents, SharingScopes scopes, AuditTrail audit, Callers callers, Catalog catalog,
			BallisticThreads ballistics) {
		this.incidents = incidents;
		this.ballistics = ballistics;
		this.scopes = scopes;
		this.audit = audit;
		this.callers = callers;
		this.catalog = catalog;
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/incidents/{agency}/{incidentId}")
	String incident(@PathVariable String agency, @PathVariable String incidentId, Model model,
			HttpServletResponse response) {
		Caller caller = callers.current();
		Incident incident = incidents.findIncident(agency, incidentId, scopes.visibilityFor(caller, SharingScope.RECOVERIES),
				scopes.visibilityFor(caller, SharingScope.TRACES)).orElse(null);
		model.addAttribute("agency", agency);
		model.addAttribute("incidentId", incidentId);
		model.addAttribute("missing", incident == null);
		if (incident == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "webapp/incident";
		}
		if (incident.guns().stream().anyMatch(gun -> gun.trace() != null && gun.trace().purchaser() != null)) {
			audit.recordRead(caller, "READ_PERSONAL_DATA", "incident:" + agency + "/" + incidentId, null, List.of(agency));
		}
		model.addAttribute("incident", incident);
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		java.util.Map<String, String> groupNames = new java.util.LinkedHashMap<>();
		incident.summary().criminalGroups()
			.forEach(g -> groupNames.put(g.group(), catalog.criminalGroupOfKey(g.group()).name(locale)));
		model.addAttribute("groupNames", groupNames);
		// The crimes the incident's guns fired at, and the other guns fired there: what ties a seizure to shootings.
		model.addAttribute("ballistics", ballistics.listThreadsOf(incident.guns()
			.stream()
			.map(gun -> new BallisticThreads.RecoveryRef(agency, gun.recoveryId()))
			.toList(), scopes.visibilityFor(caller, SharingScope.RECOVERIES)));
		return "webapp/incident";
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/incidents")
	String list(@RequestParam(required = false) String agency, @RequestParam(required = false) String q,
			@RequestParam(required = false) String group, @RequestParam(defaultValue = "0") int offset, Model model) {
		Caller caller = callers.current();
		String shown = agency == null || agency.isBlank() ? caller.agency() : agency.trim();
		String groupKey = group == null || group.isBlank() ? null : catalog.criminalGroup(group).key();
		List<IncidentLine> lines = incidents.listIncidents(shown, q, groupKey,
				scopes.visibilityFor(caller, SharingScope.RECOVERIES), scopes.visibilityFor(caller, SharingScope.TRACES),
				Math.max(0, offset), PAGE_SIZE + 1);
		model.addAttribute("agency", shown);
		model.addAttribute("q", q);
		model.addAttribute("group", groupKey);
		model.addAttribute("groups", catalog.knownCriminalGroups());
		model.addAttribute("lines", lines.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("nextOffset", lines.size() > PAGE_SIZE ? Math.max(0, offset) + PAGE_SIZE : null);
		return "webapp/incidents";
	}
}
