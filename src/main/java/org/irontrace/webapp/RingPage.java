package org.irontrace.webapp;

import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.access.Visibility;
import org.irontrace.intel.LeadQueue;
import org.irontrace.intel.LeadType;
import org.irontrace.network.NetworkLookup;
import org.irontrace.network.ForeignRecordsShown;
import org.irontrace.network.Ring;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A ring: its score, members (named only where the caller sees every contributing agency's personal
 * data, and then the read is audited), the dealers that sold its guns, the guns and the corridors
 * they travelled, and the lead raised about it. Rings follow LEADS agreements, as the API's do.
 */
@Controller
class RingPage {

	private final NetworkLookup network;

	private final LeadQueue leads;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final Callers callers;

	private final ForeignRecordsShown foreignReads;

	RingPage(NetworkLookup network, LeadQueue leads, SharingScopes scopes, AuditTrail audit, Callers callers,
			ForeignRecordsShown foreignReads) {
		this.foreignReads = foreignReads;
		this.network = network;
		this.leads = leads;
		this.scopes = scopes;
		this.audit = audit;
		this.callers = callers;
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/rings/{ringId}")
	String ring(@PathVariable String ringId, Model model, HttpServletResponse response) {
		Caller caller = callers.current();
		Visibility visibility = scopes.visibilityFor(caller, SharingScope.LEADS);
		Ring ring = network.findRing(ringId, visibility).orElse(null);
		model.addAttribute("ringId", ringId);
		if (ring == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("missing", true);
			return "webapp/ring";
		}
		if (ring.members().stream().anyMatch(member -> member.lastName() != null || member.firstName() != null)) {
			audit.record(caller, "READ_PERSONAL_DATA", "ring:" + ringId, null);
			// Members named over records other installations granted: each read reported to their owners.
			foreignReads.reportShown(caller, ring.guns(), "ring:" + ringId, null);
		}
		model.addAttribute("missing", false);
		model.addAttribute("ring", ring);
		model.addAttribute("peopleLinked", scopes.seesEverything(caller));
		model.addAttribute("leadId", leads.findLeadAbout(LeadType.RING, ringId, visibility).orElse(null));
		return "webapp/ring";
	}
}
