package org.irontrace.webapp;

import org.irontrace.access.Callers;
import org.irontrace.federation.ForeignRecords;
import org.irontrace.federation.GrantedRecord;
import org.irontrace.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A recovery another installation's agency grants the analyst's agency: the gun and where it was
 * found, the possessor only under a FULL agreement, and the trace as its owner computed it (answer,
 * dealer of the first sale, time-to-crime), said to be held by that installation. Reading it with
 * personal data is audited here and reported to the owner, as the API does.
 */
@Controller
class ForeignRecoveryPage {

	private final ForeignRecords foreignRecords;

	private final Callers callers;

	ForeignRecoveryPage(ForeignRecords foreignRecords, Callers callers) {
		this.foreignRecords = foreignRecords;
		this.callers = callers;
	}

	@PreAuthorize(Roles.WORK_RECORDS)
	@GetMapping("/app/foreign-recoveries/{agency}/{recoveryId}")
	String show(@PathVariable String agency, @PathVariable String recoveryId, Model model) {
		GrantedRecord granted = foreignRecords.findGrantedRecord(callers.current(), agency, recoveryId, null)
			.orElseThrow(() -> new NotFoundException("no record " + recoveryId + " of " + agency + " is granted to your agency"));
		model.addAttribute("agency", agency);
		model.addAttribute("granted", granted);
		model.addAttribute("row", RecoveryRow.of(granted.recovery()));
		model.addAttribute("trace", granted.trace());
		model.addAttribute("personalDataShown", "FULL".equals(granted.level()));
		return "webapp/foreign-recovery";
	}
}
