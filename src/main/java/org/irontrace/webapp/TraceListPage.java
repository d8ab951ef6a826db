package org.irontrace.webapp;

import java.util.Arrays;
import java.util.List;

import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.trace.TraceListing;
import org.irontrace.trace.TraceReason;
import org.irontrace.trace.TraceStatus;
import org.irontrace.trace.TraceSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The traces a caller may see, newest first: the current answer of each recovery, filtered by
 * status and reason. The filters and the page are in the address, so a filtered list can be
 * bookmarked or sent to a colleague. No personal data is listed, so nothing is audited here.
 */
@Controller
class TraceListPage {

	static final int PAGE_SIZE = 50;

	private final TraceListing listing;

	private final SharingScopes scopes;

	private final Callers callers;

	TraceListPage(TraceListing listing, SharingScopes scopes, Callers callers) {
		this.listing = listing;
		this.scopes = scopes;
		this.callers = callers;
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/traces")
	String list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "1") int page, Model model) {
		Caller caller = callers.current();
		TraceStatus shownStatus = parse(TraceStatus.class, status);
		TraceReason shownReason = parse(TraceReason.class, reason);
		int pageNumber = Math.max(1, page);
		List<TraceSummary> rows = listing.listCurrentTraces(scopes.visibilityFor(caller, SharingScope.TRACES),
				shownStatus, shownReason, (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		model.addAttribute("rows", rows.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("status", shownStatus == null ? "" : shownStatus.name());
		model.addAttribute("reason", shownReason == null ? "" : shownReason.name());
		model.addAttribute("statuses", Arrays.stream(TraceStatus.values()).map(Enum::name).toList());
		model.addAttribute("reasons", Arrays.stream(TraceReason.values()).map(Enum::name).toList());
		model.addAttribute("page", pageNumber);
		model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
		return "webapp/traces";
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return value.isBlank() ? null : Enum.valueOf(type, value.trim());
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}
}
