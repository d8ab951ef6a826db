package org.irontrace.intel.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.access.Visibility;
import org.irontrace.intel.Intelligence;
import org.irontrace.intel.Lead;
import org.irontrace.intel.LeadType;
import org.irontrace.intel.LeadUpdate;
import org.irontrace.intel.LeadUpkeep;
import org.irontrace.intel.LeadsStatus;
import org.irontrace.intel.RefreshSummary;
import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.ForbiddenException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Leads, best first, with their evidence and the analysts' work on them. A lead rests on recovering
 * agencies' records and follows their LEADS agreements: seen only when every one of them shares its
 * records with the caller, names only when every one shares personal data. Reads that show names and
 * every change are recorded in the audit trail.
 */
@RestController
@RequestMapping("/api/v1/leads")
class LeadController {

	private final Intelligence intelligence;

	private final Callers callers;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final LeadUpkeep upkeep;

	LeadController(Intelligence intelligence, Callers callers, SharingScopes scopes, AuditTrail audit, LeadUpkeep upkeep) {
		this.upkeep = upkeep;
		this.intelligence = intelligence;
		this.callers = callers;
		this.scopes = scopes;
		this.audit = audit;
	}

	/** Leads of one type, best first. Who may call: ANALYST, INVESTIGATOR, SUPERVISOR, ADMIN. */
	@PreAuthorize("hasAnyRole('ANALYST','INVESTIGATOR','SUPERVISOR','ADMIN')")
	@GetMapping
	List<Lead> list(@RequestParam(defaultValue = "PERSON") String type, @RequestParam(defaultValue = "50") int limit,
			HttpServletRequest request) {
		if (limit < 1 || limit > 10_000) {
			throw new BadRequestException("'limit' must be between 1 and 10000");
		}
		Caller caller = callers.current();
		List<Lead> leads = intelligence.listLeads(type(type), limit, visibility(caller));
		leads.stream().filter(Lead::showsPersonalData)
			.forEach(lead -> audit.recordRead(caller, "READ_PERSONAL_DATA", "lead:" + lead.id(), request.getHeader("X-Purpose"),
					lead.contributingAgencies()));
		return leads;
	}

	/**
	 * Whether the leads are settled (what a full refresh would give) or still following recent traces,
	 * imports or a new resolution of people; no records, only counts and times. Who may call: ANALYST,
	 * INVESTIGATOR, SUPERVISOR, ADMIN.
	 */
	@PreAuthorize("hasAnyRole('ANALYST','INVESTIGATOR','SUPERVISOR','ADMIN')")
	@GetMapping("/status")
	LeadsStatus status() {
		return upkeep.status();
	}

	/** One lead with its evidence. Who may call: ANALYST, INVESTIGATOR, SUPERVISOR, ADMIN. */
	@PreAuthorize("hasAnyRole('ANALYST','INVESTIGATOR','SUPERVISOR','ADMIN')")
	@GetMapping("/{id}")
	Lead read(@PathVariable long id, HttpServletRequest request) {
		Caller caller = callers.current();
		Lead lead = intelligence.getLead(id, visibility(caller));
		if (lead.showsPersonalData()) {
			audit.recordRead(caller, "READ_PERSONAL_DATA", "lead:" + id, request.getHeader("X-Purpose"),
					lead.contributingAgencies());
		}
		return lead;
	}

	/** Sets a lead's status, outcome or owner. Who may call: ANALYST, INVESTIGATOR, SUPERVISOR, ADMIN. */
	@PreAuthorize("hasAnyRole('ANALYST','INVESTIGATOR','SUPERVISOR','ADMIN')")
	@PatchMapping("/{id}")
	Lead update(@PathVariable long id, @RequestBody LeadUpdate update, HttpServletRequest request) {
		if (update == null || update.status() == null && update.outcome() == null && update.owner() == null) {
			throw new BadRequestException("Give at least one of 'status', 'outcome', 'owner'");
		}
		Caller caller = callers.current();
		Lead lead = intelligence.updateLead(id, update, visibility(caller), agency -> scopes.worksFor(caller, agency));
		audit.record(caller, "LEAD_UPDATED", "lead:" + id, request.getHeader("X-Purpose"));
		return lead;
	}

	/** The same change for clients that cannot send PATCH. */
	@PreAuthorize("hasAnyRole('ANALYST','INVESTIGATOR','SUPERVISOR','ADMIN')")
	@PostMapping("/{id}")
	Lead updateByPost(@PathVariable long id, @RequestBody LeadUpdate update, HttpServletRequest request) {
		return update(id, update, request);
	}

	/**
	 * Recomputes every indicator, ring and lead, or, given {@code agency} and {@code recoveryId}s, only
	 * what those recoveries touch. Who may call: the roles above, acting for the installation's operators.
	 */
	@PreAuthorize("hasAnyRole('ANALYST','INVESTIGATOR','SUPERVISOR','ADMIN')")
	@PostMapping("/refresh")
	RefreshSummary refresh(@RequestParam(required = false) String agency,
			@RequestParam(required = false) List<String> recoveryId, HttpServletRequest request) {
		Caller caller = callers.current();
		if (!scopes.isOperator(caller)) {
			throw new ForbiddenException("Only the installation's operators recompute leads over every agency's data");
		}
		if (agency != null && (recoveryId == null || recoveryId.isEmpty())) {
			throw new BadRequestException("Give 'recoveryId' with 'agency'");
		}
		audit.record(caller, "LEADS_REFRESHED", agency == null ? "leads" : "leads:" + agency, request.getHeader("X-Purpose"));
		return agency == null ? intelligence.refresh() : intelligence.refreshFor(agency, recoveryId);
	}

	private Visibility visibility(Caller caller) {
		return scopes.visibilityFor(caller, SharingScope.LEADS);
	}

	private static LeadType type(String type) {
		try {
			return LeadType.valueOf(type.trim().toUpperCase());
		}
		catch (IllegalArgumentException e) {
			throw new BadRequestException("'type' must be PERSON, DEALER or RING");
		}
	}
}
