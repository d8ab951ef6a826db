package org.irontrace.webapp;

import java.util.List;

import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.access.Visibility;
import org.irontrace.federation.ForeignRecords;
import org.irontrace.recovery.ForeignRecoveries;
import org.irontrace.recovery.Recoveries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An agency's recoveries, a page at a time, as the caller's agreements let it see them: another
 * agency's only under an agreement covering RECOVERIES, the possessor left blank below level FULL
 * (withheld in the query itself). Each row leads to the trace form for that recovery; a row another
 * installation's agency granted ({@code NAME:AGENCY}) leads to its page with its owner's trace.
 */
@Controller
class RecoveryListPage {

	static final int PAGE_SIZE = 50;

	private final Recoveries recoveries;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final Callers callers;

	private final ForeignRecords foreignRecords;

	RecoveryListPage(Recoveries recoveries, SharingScopes scopes, AuditTrail audit, Callers callers,
			ForeignRecords foreignRecords) {
		this.callers = callers;
		this.foreignRecords = foreignRecords;
		this.recoveries = recoveries;
		this.scopes = scopes;
		this.audit = audit;
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/recoveries")
	String list(@RequestParam(required = false) String agency,
			@RequestParam(defaultValue = "") String after, Model model) {
		Caller caller = callers.current();
		String shown = agency == null || agency.isBlank() ? caller.agency() : agency.trim();
		model.addAttribute("agency", shown);
		model.addAttribute("foreign", ForeignRecoveries.isForeign(shown));
		if (ForeignRecoveries.isForeign(shown)) {
			return granted(caller, shown, after, model);
		}
		Visibility visibility = scopes.visibilityFor(caller, SharingScope.RECOVERIES);
		List<RecoveryRow> rows = recoveries.listVisibleRecoveries(shown, visibility, after, PAGE_SIZE)
			.stream()
			.map(RecoveryRow::of)
			.toList();
		boolean personalDataShown = visibility.seesPersonalDataOf(shown);
		if (!rows.isEmpty() && personalDataShown) {
			// The same entry the API writes: the possessors on this page were shown to the caller.
			audit.recordRead(caller, "READ_PERSONAL_DATA", "recoveries:" + shown + (after.isEmpty() ? "" : " after " + after),
					null, List.of(shown));
		}
		return listed(rows, personalDataShown, model);
	}

	/** What another installation's agency granted: personal fields only under FULL, reads audited by federation. */
	private String granted(Caller caller, String shown, String after, Model model) {
		List<RecoveryRow> rows = foreignRecords.listForeignRecoveries(caller, shown, after, PAGE_SIZE, null)
			.stream()
			.map(RecoveryRow::of)
			.toList();
		return listed(rows, rows.stream().anyMatch(row -> !row.possessor().isEmpty()), model);
	}

	private static String listed(List<RecoveryRow> rows, boolean personalDataShown, Model model) {
		model.addAttribute("rows", rows);
		model.addAttribute("personalDataShown", personalDataShown);
		model.addAttribute("nextAfter", rows.size() == PAGE_SIZE ? rows.get(rows.size() - 1).recoveryId() : null);
		return "webapp/recoveries";
	}
}
