package org.irontrace.federation.web;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import org.irontrace.access.Callers;
import org.irontrace.federation.ForeignRecords;
import org.irontrace.federation.ForeignTrace;
import org.irontrace.federation.GrantedRecord;
import org.irontrace.platform.NotFoundException;
import org.irontrace.recovery.Recovery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * One record another installation's agency grants the caller's agency, with the trace its owner
 * computed: the answer, the dealer of the first sale and the time-to-crime as the owner last sent
 * them (a re-trace there reaches here at the next exchange).
 */
@RestController
class GrantedRecordController {

	private final ForeignRecords foreignRecords;

	private final Callers callers;

	GrantedRecordController(ForeignRecords foreignRecords, Callers callers) {
		this.foreignRecords = foreignRecords;
		this.callers = callers;
	}

	/**
	 * Who may call: ANALYST, INVESTIGATOR, SUPERVISOR, ADMIN, for a record granted to their agency
	 * (every agency's for the operators); 404 otherwise. Personal fields null below FULL; a read of
	 * them is audited and reported to the owner.
	 */
	@PreAuthorize("hasAnyRole('ANALYST', 'INVESTIGATOR', 'SUPERVISOR', 'ADMIN')")
	@GetMapping("/api/v1/federation/recoveries/{agency}/{recoveryId}")
	GrantedRecordView show(@PathVariable String agency, @PathVariable String recoveryId, HttpServletRequest http) {
		return foreignRecords.findGrantedRecord(callers.current(), agency, recoveryId, http.getHeader("X-Purpose"))
			.map(GrantedRecordView::of)
			.orElseThrow(() -> new NotFoundException("no record " + recoveryId + " of " + agency + " is granted to your agency"));
	}

	/** The record with FORMATS.md's recovery columns in camel case, where it is held and its owner's trace. */
	record GrantedRecordView(String agency, String recoveryId, String heldBy, String level, LocalDate recoveryDate,
			String country, String city, String crimeCode, String serialNumber, String manufacturer, String model,
			String caliber, String firearmType, String possessorFirstName, String possessorLastName,
			LocalDate possessorDob, TraceView trace) {

		static GrantedRecordView of(GrantedRecord granted) {
			Recovery r = granted.recovery();
			return new GrantedRecordView(r.agency(), r.recoveryId(), granted.heldBy(), granted.level(), r.recoveryDate(),
					r.country(), r.city(), r.crimeCode(), r.firearm().serialNumber(), r.firearm().manufacturer(),
					r.firearm().model(), r.firearm().caliber(), r.firearm().firearmType(), r.possessor().firstName(),
					r.possessor().lastName(), r.possessor().dob(), TraceView.of(granted.trace()));
		}
	}

	/**
	 * The owner's trace; null when the agreement does not grant TRACES or the gun was not traced. The
	 * first retail purchaser (the trace result's {@code purchaser}) only at FULL, null otherwise.
	 */
	record TraceView(String status, String reason, Boolean usSourced, Integer timeToCrimeDays, String sourceState,
			String dealerLicence, String dealerName, Instant tracedAt, String tracedBy,
			org.irontrace.trace.TraceResult.Purchaser purchaser) {

		static TraceView of(ForeignTrace t) {
			return t == null ? null : new TraceView(t.status(), t.reason(), t.usSourced(), t.timeToCrimeDays(),
					t.sourceState(), t.dealerLicence(), t.dealerName(), t.tracedAt(), t.heldBy(), t.purchaser());
		}
	}
}
