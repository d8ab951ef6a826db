package org.irontrace.webapp;

import java.util.List;
import java.util.Locale;

import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScopes;
import org.irontrace.identity.LinkExplanation;
import org.irontrace.identity.MatchReview;
import org.irontrace.identity.People;
import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Match review: the pair of person records the model is least sure of, field by field with the
 * weight each comparison added, and two buttons that record an analyst's judgement (which outranks
 * every score from then on) and bring the next pair. People are resolved across agencies, so only
 * the installation's operators review them, and every pair shown and every judgement is audited as
 * the people API audits them.
 */
@Controller
class MatchPages {

	/** Pairs counted ahead of the one shown, to say how much work is waiting. */
	static final int QUEUE_LOOK_AHEAD = 50;

	private final MatchReview review;

	private final People people;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final Callers callers;

	MatchPages(MatchReview review, People people, SharingScopes scopes, AuditTrail audit, Callers callers) {
		this.review = review;
		this.people = people;
		this.scopes = scopes;
		this.audit = audit;
		this.callers = callers;
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/matches")
	String next(@RequestParam(required = false) String judged, Model model) {
		Caller caller = operator();
		List<LinkExplanation> waiting = review.listPairsToReview(QUEUE_LOOK_AHEAD);
		LinkExplanation pair = waiting.isEmpty() ? null : waiting.get(0);
		if (pair != null) {
			audit.record(caller, "READ_PERSONAL_DATA", "link:" + pair.recordA() + "~" + pair.recordB(), null);
		}
		model.addAttribute("pair", pair);
		model.addAttribute("fields", pair == null ? List.of() : pair.fields().stream().map(FieldLine::of).toList());
		model.addAttribute("waiting", waiting.size());
		model.addAttribute("judged", "same".equals(judged) || "notSame".equals(judged) ? judged : null);
		return "webapp/matches";
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@PostMapping("/app/matches")
	Object judge(@RequestParam String recordA, @RequestParam String recordB, @RequestParam String same,
			@RequestParam(required = false) String note, Model model) {
		Caller caller = operator();
		boolean isSame = "true".equals(same);
		try {
			people.judge(recordA.trim(), recordB.trim(), isSame, note == null || note.isBlank() ? null : note.trim());
		}
		catch (BadRequestException | NotFoundException wrong) {
			throw new org.springframework.web.server.ResponseStatusException(HttpStatus.BAD_REQUEST, wrong.getMessage());
		}
		audit.record(caller, "JUDGEMENT", "link:" + recordA.trim() + "~" + recordB.trim(), null);
		RedirectView next = new RedirectView("/app/matches?judged=" + (isSame ? "same" : "notSame"), true);
		next.setStatusCode(HttpStatus.SEE_OTHER);
		return next;
	}

	private Caller operator() {
		Caller caller = callers.current();
		if (!scopes.seesEverything(caller)) {
			throw new AccessDeniedException("People are resolved across agencies: operators only");
		}
		return caller;
	}

	/**
	 * A compared field as a row: its name and level as message keys (the engine words them in
	 * English; the page in the reader's language), the values and the weight in bits.
	 */
	record FieldLine(String fieldKey, String field, String valueA, String valueB, String levelKey, String level,
			double weight, double rarity) {

		static FieldLine of(LinkExplanation.FieldWeight weight) {
			return new FieldLine("explore.field." + slug(weight.field()), weight.field(), weight.valueA(), weight.valueB(),
					"explore.level." + slug(weight.levelName()), weight.levelName(), weight.weight(),
					weight.termFrequencyAdjustment());
		}

		static String slug(String words) {
			return words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
		}
	}
}
