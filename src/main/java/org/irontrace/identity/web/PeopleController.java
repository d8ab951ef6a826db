package org.irontrace.identity.web;

import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScopes;
import org.irontrace.platform.ForbiddenException;

import org.irontrace.identity.Judgement;
import org.irontrace.identity.LinkExplanation;
import org.irontrace.identity.People;
import org.irontrace.identity.Person;
import org.irontrace.identity.ResolutionSummary;
import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * People resolved from purchasers and possessors. Record ids: {@code event:<event_id>} for a
 * purchaser, {@code recovery:<agency>/<recovery_id>} for a possessor. People are resolved across
 * every agency's records, so only the installation's operators may use this API until people are
 * scoped per agency; every read of a person and every judgement is audited.
 */
@RestController
@RequestMapping("/api/v1/people")
class PeopleController {

	private final People people;

	private final Callers callers;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	PeopleController(People people, Callers callers, SharingScopes scopes, AuditTrail audit) {
		this.people = people;
		this.callers = callers;
		this.scopes = scopes;
		this.audit = audit;
	}

	/** The caller, who must be one of the installation's operators. */
	private Caller operator() {
		Caller caller = callers.current();
		if (!scopes.seesEverything(caller)) {
			throw new ForbiddenException("People are resolved across agencies: only the installation's operators may read them");
		}
		return caller;
	}

	private <T> T audited(String action, String subject, T answer) {
		audit.record(operator(), action, subject, null);
		return answer;
	}

	/** Runs a resolution: incremental unless {@code full}. Who may call: an administrator. */
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/resolve")
	ResolutionSummary resolve(@RequestBody(required = false) ResolveRequest request) {
		operator();
		return audited("PEOPLE_RESOLVED", "people", people.resolve(request == null ? null : request.threshold(),
				request != null && Boolean.TRUE.equals(request.full())));
	}

	/** A person and their records. Who may call: an administrator. */
	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping("/{personId}")
	Person person(@PathVariable String personId) {
		operator();
		return audited("READ_PERSONAL_DATA", "person:" + personId, people.getPerson(personId));
	}

	/** The person a record belongs to. Who may call: an administrator. */
	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping
	Person personOf(@RequestParam String record) {
		operator();
		return audited("READ_PERSONAL_DATA", "record:" + record, people.getPerson(people.findPersonOf(record)
			.orElseThrow(() -> new NotFoundException("Record " + record + " is not resolved to a person yet"))));
	}

	/** Why two records are or are not one person. Who may call: an administrator. */
	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping("/links")
	LinkExplanation link(@RequestParam String recordA, @RequestParam String recordB) {
		operator();
		return audited("READ_PERSONAL_DATA", "link:" + recordA + "~" + recordB, people.explain(recordA, recordB));
	}

	/** An analyst's judgement: same person or not. Who may call: an administrator. */
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/judgements")
	Judgement judge(@RequestBody JudgementRequest request) {
		if (request == null || blank(request.recordA()) || blank(request.recordB()) || request.same() == null) {
			throw new BadRequestException("'recordA', 'recordB' and 'same' are required");
		}
		operator();
		return audited("JUDGEMENT", "link:" + request.recordA().trim() + "~" + request.recordB().trim(),
				people.judge(request.recordA().trim(), request.recordB().trim(), request.same(), request.note()));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** {@code {"threshold": 0.95, "full": false}}, both optional. */
	record ResolveRequest(Double threshold, Boolean full) {
	}

	/** {@code {"recordA": "...", "recordB": "...", "same": true, "note": "..."}}. */
	record JudgementRequest(String recordA, String recordB, Boolean same, String note) {
	}
}
