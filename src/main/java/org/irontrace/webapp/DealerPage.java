package org.irontrace.webapp;

import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.access.Visibility;
import org.irontrace.commerce.LedgerSearch;
import org.irontrace.commerce.Licensee;
import org.irontrace.intel.Intelligence;
import org.irontrace.intel.LeadQueue;
import org.irontrace.intel.LeadType;
import org.irontrace.network.NetworkLookup;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A dealer: its licence and premises, how many guns it sold at retail and how many of them were
 * traced back to it from crime scenes (counts over every agency, which show no record), its crime-gun
 * rate, the lead raised about it if the caller may see it, the rings it supplied, and its guns
 * recovered by agencies whose records the caller sees. Nothing here names a person.
 */
@Controller
class DealerPage {

	static final int GUNS_SHOWN = 100;

	private final LedgerSearch ledger;

	private final NetworkLookup network;

	private final LeadQueue leads;

	private final Intelligence intelligence;

	private final SharingScopes scopes;

	private final Callers callers;

	DealerPage(LedgerSearch ledger, NetworkLookup network, LeadQueue leads, Intelligence intelligence, SharingScopes scopes,
			Callers callers) {
		this.ledger = ledger;
		this.network = network;
		this.leads = leads;
		this.intelligence = intelligence;
		this.scopes = scopes;
		this.callers = callers;
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/dealers/{licence}")
	String dealer(@PathVariable String licence, Model model, HttpServletResponse response) {
		Caller caller = callers.current();
		Licensee dealer = ledger.findLicensee(licence.trim()).orElse(null);
		model.addAttribute("licence", licence);
		if (dealer == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("missing", true);
			return "webapp/dealer";
		}
		long sales = ledger.countRetailSales(dealer.licenceNumber());
		long[] traces = network.countTracesTo(dealer.licenceNumber());
		Visibility leadsSeen = scopes.visibilityFor(caller, SharingScope.LEADS);
		model.addAttribute("missing", false);
		model.addAttribute("dealer", dealer);
		model.addAttribute("sales", sales);
		model.addAttribute("traces", traces[0]);
		model.addAttribute("shortTraces", traces[1]);
		model.addAttribute("perThousand", sales == 0 ? null : 1000.0 * traces[0] / sales);
		model.addAttribute("lead", leads.findLeadAbout(LeadType.DEALER, dealer.licenceNumber(), leadsSeen)
			.map(id -> intelligence.getLead(id, leadsSeen))
			.orElse(null));
		model.addAttribute("rings", network.listRingsSuppliedBy(dealer.licenceNumber(), leadsSeen));
		model.addAttribute("guns", network.listCrimeGunsOf(dealer.licenceNumber(),
				scopes.visibilityFor(caller, SharingScope.RECOVERIES), GUNS_SHOWN));
		return "webapp/dealer";
	}
}
