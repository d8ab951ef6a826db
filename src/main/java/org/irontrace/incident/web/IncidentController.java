package org.irontrace.incident.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.incident.Incident;
import org.irontrace.incident.Incidents;
import org.irontrace.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/incidents/{agency}/{incidentId}}: the guns one agency took in one seizure, raid
 * or shipment, each with its current trace, and their summary; {@code GET /api/v1/incidents?agency=X}
 * lists an agency's incidents. Another agency's incidents only under an agreement covering
 * RECOVERIES (their traces under one covering TRACES, purchasers at level FULL); an incident the
 * caller may not see answers 404, so its existence is not revealed. Answers that name a purchaser
 * are recorded in the audit trail with the caller's {@code X-Purpose}.
 */
@RestController
@RequestMapping("/api/v1/incidents")
class IncidentController {

	private final Incidents incidents;

	private final Callers callers;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	IncidentController(Incidents incidents, Callers callers, SharingScopes scopes, AuditTrail audit) {
		this.incidents = incidents;
		this.callers = callers;
		this.scopes = scopes;
		this.audit = audit;
	}

	/** One incident. Who may call: ANALYST, INVESTIGATOR, SUPERVISOR, ADMIN. */
	@PreAuthorize("hasAnyRole('ANALYST', 'INVESTIGATOR', 'SUPERVISOR', 'ADMIN')")
	@GetMapping("/{agency}/{incidentId}")
	IncidentView read(@PathVariable String agency, @PathVariable String incidentId, HttpServletRequest http) {
		Caller caller = callers.current();
		Incident incident = incidents.findIncident(agency, incidentId, scopes.visibilityFor(caller, SharingScope.RECOVERIES),
				scopes.visibilityFor(caller, SharingScope.TRACES))
			.orElseThrow(() -> new NotFoundException("Agency " + agency + " has no incident " + incidentId));
		if (incident.guns().stream().anyMatch(gun -> gun.trace() != null && gun.trace().purchaser() != null)) {
			audit.recordRead(caller, "READ_PERSONAL_DATA", "incident:" + agency + "/" + incidentId, http.getHeader("X-Purpose"),
					List.of(agency));
		}
		return IncidentView.of(incident);
	}

	/**
	 * An agency's incidents, the most recent first; {@code q} keeps those whose id starts with it,
	 * {@code group} those with a gun attributed to that group (its key or any name the catalogue reads
	 * as it). An agency the caller may not see answers an empty list. Who may call: ANALYST,
	 * INVESTIGATOR, SUPERVISOR, ADMIN.
	 */
	@PreAuthorize("hasAnyRole('ANALYST', 'INVESTIGATOR', 'SUPERVISOR', 'ADMIN')")
	@GetMapping
	List<IncidentView.Line> list(@RequestParam String agency, @RequestParam(required = false) String q,
			@RequestParam(required = false) String group, @RequestParam(defaultValue = "0") int offset,
			@RequestParam(defaultValue = "100") int limit) {
		Caller caller = callers.current();
		return incidents.listIncidents(agency, q, group, scopes.visibilityFor(caller, SharingScope.RECOVERIES),
				scopes.visibilityFor(caller, SharingScope.TRACES), offset, limit)
			.stream()
			.map(IncidentView.Line::of)
			.toList();
	}
}
