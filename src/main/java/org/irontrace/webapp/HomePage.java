package org.irontrace.webapp;

import java.time.Instant;

import jakarta.servlet.http.HttpSession;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.Role;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.incident.Incidents;
import org.irontrace.intel.LeadQueue;
import org.irontrace.trace.TracingNews;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where an analyst lands after signing in: what changed since the last visit (recoveries traced,
 * the tracing authority's answers, new and rising leads, incidents with new traces), each a link
 * to where the work is, then the agency and the roles. Anyone signed in may see it; the news
 * follows the caller's visibility exactly as the pages it links to, and carries no personal data.
 */
@Controller
class HomePage {

	/** How many leads and incidents of each kind the news names; the rest are behind the links. */
	static final int NEWS_LISTED = 5;

	private final Callers callers;

	private final SharingScopes scopes;

	private final HomeVisits visits;

	private final TracingNews tracing;

	private final LeadQueue leads;

	private final Incidents incidents;

	HomePage(Callers callers, SharingScopes scopes, HomeVisits visits, TracingNews tracing, LeadQueue leads,
			Incidents incidents) {
		this.callers = callers;
		this.scopes = scopes;
		this.visits = visits;
		this.tracing = tracing;
		this.leads = leads;
		this.incidents = incidents;
	}

	@PreAuthorize("isAuthenticated()")
	@GetMapping("/app")
	String home(Model model, HttpSession session) {
		Caller caller = callers.current();
		boolean worksRecords = caller.has(Role.ANALYST) || caller.has(Role.INVESTIGATOR) || caller.has(Role.SUPERVISOR)
				|| caller.has(Role.ADMIN);
		model.addAttribute("worksRecords", worksRecords);
		model.addAttribute("roleKeys", caller.roles().stream().map(role -> "role." + role.name()).sorted().toList());
		if (worksRecords) {
			Instant since = visits.since(caller.username(), session);
			model.addAttribute("since", since);
			model.addAttribute("tracing", tracing.since(since, scopes.visibilityFor(caller, SharingScope.TRACES)));
			model.addAttribute("leadNews", leads.newsSince(since, scopes.visibilityFor(caller, SharingScope.LEADS), NEWS_LISTED));
			model.addAttribute("incidentNews", incidents.tracedSince(since, scopes.visibilityFor(caller, SharingScope.RECOVERIES),
					scopes.visibilityFor(caller, SharingScope.TRACES), NEWS_LISTED));
		}
		return "webapp/home";
	}
}
