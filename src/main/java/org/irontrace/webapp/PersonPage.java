package org.irontrace.webapp;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScopes;
import org.irontrace.access.Visibility;
import org.irontrace.federation.ForeignPeople;
import org.irontrace.identity.People;
import org.irontrace.identity.Person;
import org.irontrace.intel.LeadQueue;
import org.irontrace.intel.LeadType;
import org.irontrace.network.BallisticThreads;
import org.irontrace.network.Network;
import org.irontrace.network.NetworkLookup;
import org.irontrace.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A resolved person: every record that is theirs (sale forms and recoveries), the links that tie them
 * to other people with what makes each link, the ballistic thread of their guns, their rings and the
 * lead about them, and the records other installations' agencies granted at FULL whose possessor
 * bears the same person key (foreign evidence, read-only, each read reported to its owner). People are
 * resolved across every agency's records, so, as in the people API, only the installation's
 * operators may open this page, and every opening is audited.
 */
@Controller
class PersonPage {

	private final People people;

	private final NetworkLookup lookup;

	private final Network network;

	private final LeadQueue leads;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final Callers callers;

	private final BallisticThreads ballistics;

	private final ForeignPeople foreignPeople;

	PersonPage(People people, NetworkLookup lookup, Network network, LeadQueue leads, SharingScopes scopes, AuditTrail audit,
			Callers callers, BallisticThreads ballistics, ForeignPeople foreignPeople) {
		this.foreignPeople = foreignPeople;
		this.ballistics = ballistics;
		this.people = people;
		this.lookup = lookup;
		this.network = network;
		this.leads = leads;
		this.scopes = scopes;
		this.audit = audit;
		this.callers = callers;
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/people/{personId}")
	String person(@PathVariable String personId, Model model, HttpServletResponse response) {
		Caller caller = callers.current();
		if (!scopes.seesEverything(caller)) {
			throw new AccessDeniedException("People are resolved across agencies: operators only");
		}
		Visibility everything = Visibility.unrestricted();
		model.addAttribute("personId", personId);
		Person person;
		try {
			person = people.getPerson(personId);
		}
		catch (NotFoundException missing) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("missing", true);
			return "webapp/person";
		}
		audit.record(caller, "READ_PERSONAL_DATA", "person:" + personId, null);
		model.addAttribute("missing", false);
		model.addAttribute("records", person.records().stream().map(PersonRecordLine::of).toList());
		model.addAttribute("links", lookup.listLinksOf(personId, everything));
		model.addAttribute("rings", network.listRingsOf(List.of(personId), everything));
		model.addAttribute("ballistics", ballistics.listThreadsOfPerson(personId, everything));
		model.addAttribute("foreign", foreignPeople.listRecordsOfPeople(caller, person.records()
			.stream()
			.map(r -> new ForeignPeople.NamedPerson(r.firstName(), r.lastName(), r.dob()))
			.toList(), "person:" + personId, null));
		model.addAttribute("leadId", leads.findLeadAbout(LeadType.PERSON, personId, everything).orElse(null));
		return "webapp/person";
	}
}
