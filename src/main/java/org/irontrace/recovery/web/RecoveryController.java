package org.irontrace.recovery.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.access.Visibility;
import org.irontrace.recovery.ForeignRecoveries;
import org.irontrace.recovery.Recoveries;
import org.irontrace.recovery.Recovery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/recoveries?agency=X}: the recoveries of an agency the caller may see, under
 * agreements covering RECOVERIES. Personal fields come back null at RECORDS_WITHOUT_PERSONAL_DATA;
 * an agency the caller may not see answers an empty list (its records are not revealed).
 */
@RestController
@RequestMapping("/api/v1/recoveries")
class RecoveryController {

	private final Recoveries recoveries;

	private final Callers callers;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final ObjectProvider<ForeignRecoveries> foreign;

	RecoveryController(Recoveries recoveries, Callers callers, SharingScopes scopes, AuditTrail audit,
			ObjectProvider<ForeignRecoveries> foreign) {
		this.recoveries = recoveries;
		this.callers = callers;
		this.scopes = scopes;
		this.audit = audit;
		this.foreign = foreign;
	}

	/** Who may call: ANALYST, INVESTIGATOR, SUPERVISOR, ADMIN. */
	@PreAuthorize("hasAnyRole('ANALYST', 'INVESTIGATOR', 'SUPERVISOR', 'ADMIN')")
	@GetMapping
	List<RecoveryView> list(@RequestParam String agency, @RequestParam(defaultValue = "") String after,
			@RequestParam(defaultValue = "100") int limit, HttpServletRequest http) {
		Caller caller = callers.current();
		int pageSize = Math.min(Math.max(limit, 1), 1000);
		if (ForeignRecoveries.isForeign(agency)) {
			ForeignRecoveries peers = foreign.getIfAvailable();
			return peers == null ? List.of()
					: peers.listForeignRecoveries(caller, agency, after, pageSize, http.getHeader("X-Purpose"))
						.stream()
						.map(RecoveryView::of)
						.toList();
		}
		Visibility visibility = scopes.visibilityFor(caller, SharingScope.RECOVERIES);
		List<RecoveryView> page = recoveries.listVisibleRecoveries(agency, visibility, after, pageSize)
			.stream()
			.map(RecoveryView::of)
			.toList();
		if (!page.isEmpty() && visibility.seesPersonalDataOf(agency)) {
			audit.recordRead(caller, "READ_PERSONAL_DATA", "recoveries:" + agency + (after.isEmpty() ? "" : " after " + after),
					http.getHeader("X-Purpose"), List.of(agency));
		}
		return page;
	}

	/** A recovery in the API, with FORMATS.md's recovery columns in camel case. */
	record RecoveryView(String recoveryId, String agency, LocalDate recoveryDate, String country, String adminArea,
			String city, String crimeCode, String serialNumber, boolean serialObliterated, String partialSerial,
			String manufacturer, String importer, String model, String caliber, String firearmType,
			String countryOfManufacture, String possessorFirstName, String possessorLastName, LocalDate possessorDob,
			String possessorNationality, String incidentId, String criminalGroup, String criminalGroupKey) {

		static RecoveryView of(Recovery r) {
			return new RecoveryView(r.recoveryId(), r.agency(), r.recoveryDate(), r.country(), r.adminArea(), r.city(),
					r.crimeCode(), r.firearm().serialNumber(), r.serialObliterated(), r.partialSerial(),
					r.firearm().manufacturer(), r.firearm().importer(), r.firearm().model(), r.firearm().caliber(),
					r.firearm().firearmType(), r.firearm().countryOfManufacture(), r.possessor().firstName(),
					r.possessor().lastName(), r.possessor().dob(), r.possessor().nationality(), r.incidentId(),
					r.criminalGroup(), r.criminalGroupKey());
		}
	}
}
