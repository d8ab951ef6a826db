package org.irontrace.webapp;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.access.Visibility;
import org.irontrace.federation.ForeignPeople;
import org.irontrace.network.ForeignRecordsShown;
import org.irontrace.intel.Intelligence;
import org.irontrace.intel.Lead;
import org.irontrace.intel.LeadQueue;
import org.irontrace.intel.LeadType;
import org.irontrace.intel.LeadUpdate;
import org.irontrace.intel.LeadUpkeep;
import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The leads queue and one lead's page. Leads follow the caller's LEADS agreements exactly as the API
 * does (a lead only when every agency behind it shares its records, names only when every one shares
 * personal data); the page's form changes status, outcome and owner under the same rules as the
 * API's PATCH, audited the same way, and sends the browser back to the lead. Beside the evidence the
 * lead rests on, the records other installations' agencies granted with personal data about the
 * people it names (matched by person key) are listed apart as foreign evidence: they do not change
 * the lead's score, and each read is reported to their owner.
 */
@Controller
class LeadPages {

	static final int PAGE_SIZE = 25;

	static final List<String> STATUSES = List.of("NEW", "IN_REVIEW", "REFERRED", "CLOSED");

	static final List<String> OUTCOMES = List.of("CHARGED", "DEALER_INSPECTED", "NO_ACTION");

	private final LeadQueue queue;

	private final Intelligence intelligence;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final Callers callers;

	private final EngineWords words;

	private final LeadUpkeep upkeep;

	private final ForeignPeople foreignPeople;

	private final ForeignRecordsShown foreignReads;

	LeadPages(LeadQueue queue, Intelligence intelligence, SharingScopes scopes, AuditTrail audit, Callers callers,
			EngineWords words, LeadUpkeep upkeep, ForeignPeople foreignPeople, ForeignRecordsShown foreignReads) {
		this.foreignReads = foreignReads;
		this.upkeep = upkeep;
		this.foreignPeople = foreignPeople;
		this.queue = queue;
		this.intelligence = intelligence;
		this.scopes = scopes;
		this.audit = audit;
		this.callers = callers;
		this.words = words;
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/leads")
	String list(@RequestParam(required = false) String type, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "1") int page, Model model) {
		LeadType chosenType = leadType(type);
		String chosenStatus = status != null && STATUSES.contains(status) ? status : null;
		int shownPage = Math.max(1, page);
		List<LeadQueue.Entry> entries = queue.listLeads(chosenType, chosenStatus, visibility(), (shownPage - 1) * PAGE_SIZE,
				PAGE_SIZE + 1);
		// Whether the queue is what a full refresh would give, or still following recent work.
		model.addAttribute("upkeep", upkeep.status());
		model.addAttribute("type", chosenType == null ? null : chosenType.name());
		model.addAttribute("status", chosenStatus);
		model.addAttribute("types", List.of(LeadType.values()));
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("leads", entries.subList(0, Math.min(PAGE_SIZE, entries.size())));
		model.addAttribute("page", shownPage);
		model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
		return "webapp/leads";
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/leads/{id}")
	String lead(@PathVariable long id, @RequestParam(required = false) String saved, Model model,
			HttpServletResponse response) {
		return show(id, saved != null, null, model, response);
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@PostMapping("/app/leads/{id}")
	Object update(@PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String outcome, @RequestParam(required = false) String owner, Model model,
			HttpServletResponse response) {
		Caller caller = callers.current();
		LeadUpdate update = new LeadUpdate(blankToNull(status), blankToNull(outcome), blankToNull(owner));
		if (update.status() == null && update.outcome() == null && update.owner() == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(id, false, "explore.lead.nothingChanged", model, response);
		}
		try {
			intelligence.updateLead(id, update, visibility(), agency -> scopes.worksFor(caller, agency));
		}
		catch (BadRequestException wrong) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(id, false, "explore.lead.invalid", model, response);
		}
		catch (NotFoundException missing) {
			return show(id, false, null, model, response);
		}
		audit.record(caller, "LEAD_UPDATED", "lead:" + id, null);
		RedirectView back = new RedirectView("/app/leads/" + id + "?saved", true);
		back.setStatusCode(HttpStatus.SEE_OTHER);
		return back;
	}

	private String show(long id, boolean saved, String problem, Model model, HttpServletResponse response) {
		Caller caller = callers.current();
		model.addAttribute("leadId", id);
		Lead lead;
		try {
			lead = intelligence.getLead(id, visibility());
		}
		catch (NotFoundException missing) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("missing", true);
			return "webapp/lead";
		}
		if (lead.showsPersonalData()) {
			audit.recordRead(caller, "READ_PERSONAL_DATA", "lead:" + id, null, lead.contributingAgencies());
			// A ring's members named over records other installations granted: reported to their owners.
			foreignReads.reportShown(caller, lead.evidence() == null ? List.of()
					: lead.evidence().stream().flatMap(e -> e.records() == null ? java.util.stream.Stream.<String>empty()
							: e.records().stream()).toList(), "lead:" + id, null);
		}
		model.addAttribute("missing", false);
		model.addAttribute("lead", lead);
		model.addAttribute("evidence", lead.evidence() == null ? List.of()
				: lead.evidence().stream().map(evidence -> LeadEvidenceLine.of(evidence, lead, words)).toList());
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("outcomes", OUTCOMES);
		model.addAttribute("saved", saved);
		model.addAttribute("problem", problem);
		model.addAttribute("peopleLinked", scopes.seesEverything(caller));
		model.addAttribute("foreign", lead.showsPersonalData() ? foreignPeople.listRecordsOfPeople(caller,
				namedPeople(lead), "lead:" + id, null) : List.of());
		return "webapp/lead";
	}

	/** The people a lead names (its people or its ring's members), as far as the caller sees their names. */
	private static List<ForeignPeople.NamedPerson> namedPeople(Lead lead) {
		return java.util.stream.Stream.of(lead.people(), lead.members())
			.filter(java.util.Objects::nonNull)
			.flatMap(List::stream)
			.map(person -> new ForeignPeople.NamedPerson(person.firstName(), person.lastName(), person.dob()))
			.toList();
	}

	private Visibility visibility() {
		return scopes.visibilityFor(callers.current(), SharingScope.LEADS);
	}

	private static LeadType leadType(String type) {
		if (type == null || type.isBlank()) {
			return null;
		}
		try {
			return LeadType.valueOf(type.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
