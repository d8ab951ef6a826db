package org.irontrace.report.web;

import jakarta.servlet.http.HttpServletRequest;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.SharingScopes;
import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.ForbiddenException;
import org.irontrace.report.publication.PublicationConsents;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An agency's opt-in to public reports: until its administrators say yes, none of its recoveries is
 * counted in anything published. The choice is the agency's alone, so not even the operators make it.
 */
@RestController
class PublicationConsentController {

	private final PublicationConsents consents;

	private final Callers callers;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	PublicationConsentController(PublicationConsents consents, Callers callers, SharingScopes scopes, AuditTrail audit) {
		this.consents = consents;
		this.callers = callers;
		this.scopes = scopes;
		this.audit = audit;
	}

	/** Who may call: an ADMIN of that agency only. Audited. */
	@PreAuthorize("hasRole('ADMIN')")
	@PutMapping("/api/v1/agencies/{code}/publication-consent")
	PublicationConsent record(@PathVariable String code, @RequestBody PublicationConsent consent,
			HttpServletRequest http) {
		Caller caller = callers.current();
		if (!caller.agency().equals(code)) {
			throw new ForbiddenException("Only " + code + "'s own administrators decide whether its recoveries are published");
		}
		if (consent == null || consent.consented() == null) {
			throw new BadRequestException("'consented' is required (true or false)");
		}
		consents.record(code, consent.consented(), caller.username());
		audit.record(caller, consent.consented() ? "PUBLICATION_CONSENT_GIVEN" : "PUBLICATION_CONSENT_WITHDRAWN",
				"agency:" + code, http.getHeader("X-Purpose"));
		return consent;
	}

	/** Who may call: an ADMIN of that agency, or of the installation's operators. */
	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping("/api/v1/agencies/{code}/publication-consent")
	PublicationConsent read(@PathVariable String code) {
		Caller caller = callers.current();
		if (!caller.agency().equals(code) && !scopes.isOperator(caller)) {
			throw new ForbiddenException("Only " + code + "'s administrators and the operators read its choice");
		}
		return new PublicationConsent(consents.hasConsented(code));
	}

	/** Whether the agency's recoveries may be counted in public reports. */
	record PublicationConsent(Boolean consented) {
	}
}
