package org.irontrace.webapp;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.access.AuditEntry;
import org.irontrace.access.AuditSearch;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for auditors: who read or changed what, for which agency, when, and for which
 * case or lead, searched by user, agency, action, subject and days, fifty entries a page. An
 * agency's auditors read its own entries and other agencies' reads of its records, the operators'
 * every agency's, as through the API.
 * Checking the chain of seals is read-only and done only when asked, since it reads every entry.
 */
@Controller
class AuditPage {

	static final int PAGE_SIZE = 50;

	/** The acts IronTrace records, offered in the search form (others are still found and shown). */
	static final List<String> KNOWN_ACTIONS = List.of("READ_PERSONAL_DATA", "IMPORT", "AGENCY_CREATED", "USER_CREATED",
			"USER_UNLOCKED", "USER_DISABLED", "USER_ENABLED", "USER_ROLES_CHANGED", "USER_PASSWORD_RESET", "PASSWORD_CHANGED",
			"TOKEN_CREATED", "TOKEN_REVOKED", "AGREEMENT_GRANTED", "AGREEMENT_REVOKED", "LEAD_UPDATED",
			"LEADS_REFRESHED", "MULTIPLE_SALES_EXPORTED", "PEOPLE_RESOLVED", "JUDGEMENT", "REMOTE_READ",
			"PEER_MESSAGE_REFUSED");

	private final AuditSearch search;

	private final AuditTrail trail;

	private final Callers callers;

	AuditPage(AuditSearch search, AuditTrail trail, Callers callers) {
		this.search = search;
		this.trail = trail;
		this.callers = callers;
	}

	@PreAuthorize(Roles.AUDIT)
	@GetMapping("/app/audit")
	String search(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String agency,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String subject,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "false") boolean verify,
			Model model, HttpServletResponse response) {
		Caller caller = callers.current();
		AdminProblems problems = new AdminProblems("audit");
		LocalDate fromDay = day(from, "from", problems);
		LocalDate toDay = day(to, "to", problems);
		if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
			problems.add("to", "admin.problem.audit.order");
		}
		boolean everyAgency = search.readsEveryAgency(caller);
		AuditSearch.Filter filter = new AuditSearch.Filter(username, everyAgency ? agency : caller.agency(), action,
				subject, fromDay, toDay);
		if (problems.any()) {
			response.setStatus(problems.status());
			model.addAttribute("rows", List.of());
			model.addAttribute("nextBefore", null);
		}
		else {
			AuditSearch.Page page = search.search(caller, filter, before, PAGE_SIZE);
			model.addAttribute("rows", page.entries().stream().map(AuditRow::of).toList());
			model.addAttribute("nextBefore", page.nextBefore());
		}
		model.addAttribute("verification", verify ? trail.verify() : null);
		model.addAttribute("everyAgency", everyAgency);
		model.addAttribute("filter", filter);
		model.addAttribute("fromText", from.trim());
		model.addAttribute("toText", to.trim());
		model.addAttribute("paged", before != null);
		model.addAttribute("actions", KNOWN_ACTIONS);
		model.addAttribute("problems", problems);
		return "webapp/audit";
	}

	private static LocalDate day(String text, String field, AdminProblems problems) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			problems.add(field, "admin.problem.audit.date");
			return null;
		}
	}

	/** One entry as shown: the time in UTC, and the sequence number the seals are chained by. */
	record AuditRow(long seq, LocalDateTime at, String username, String agency, java.util.List<String> owners,
			String action, String subject, String purpose) {

		static AuditRow of(AuditEntry entry) {
			return new AuditRow(entry.seq(), LocalDateTime.ofInstant(entry.at(), ZoneOffset.UTC), entry.username(),
					entry.agency(), entry.owners(), entry.action(), entry.subject(), entry.purpose());
		}
	}
}
