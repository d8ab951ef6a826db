package org.irontrace.access.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.irontrace.access.AccessAdministration;
import org.irontrace.access.AccessRequests;
import org.irontrace.access.Agency;
import org.irontrace.access.AuditEntry;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Callers;
import org.irontrace.access.Caller;
import org.irontrace.access.IssuedToken;
import org.irontrace.access.OpenIdProviders;
import org.irontrace.access.SharingAgreement;
import org.irontrace.access.SharingAgreements;
import org.irontrace.access.SharingScopes;
import org.irontrace.access.UserAccount;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The access API of FORMATS.md: agencies, users, tokens, sharing agreements; and the audit search. */
@RestController
@RequestMapping("/api/v1")
class AccessController {

	private final AccessAdministration administration;

	private final SharingAgreements agreements;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final Callers callers;

	private final OpenIdProviders providers;

	AccessController(AccessAdministration administration, SharingAgreements agreements, SharingScopes scopes,
			AuditTrail audit, Callers callers, OpenIdProviders providers) {
		this.administration = administration;
		this.agreements = agreements;
		this.scopes = scopes;
		this.audit = audit;
		this.callers = callers;
		this.providers = providers;
	}

	/** Who may call: the installation's operators (ADMIN of the operator agency). */
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/agencies")
	@ResponseStatus(HttpStatus.CREATED)
	Agency createAgency(@RequestBody AccessRequests.NewAgency request) {
		return administration.createAgency(callers.current(), request);
	}

	/** Who may call: ADMIN of the user's agency, or the operators. */
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/users")
	@ResponseStatus(HttpStatus.CREATED)
	UserAccount createUser(@RequestBody AccessRequests.NewUser request) {
		return administration.createUser(callers.current(), request);
	}

	/** Who may call: ADMIN; the token acts for the caller's agency. */
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	IssuedToken createToken(@RequestBody AccessRequests.NewToken request) {
		return administration.createToken(callers.current(), request);
	}

	/** Who may call: the installation's operators. Takes effect on the next sign-in. */
	@PreAuthorize("hasRole('ADMIN')")
	@PutMapping("/agencies/{code}/openid-provider")
	Map<String, Object> configureProvider(@PathVariable String code, @RequestBody AccessRequests.OpenIdProvider request) {
		return providers.configure(callers.current(), code, request);
	}

	/** Who may call: ADMIN of the agency, or the operators. The client secret is never shown. */
	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping("/agencies/{code}/openid-provider")
	Map<String, Object> describeProvider(@PathVariable String code) {
		return providers.describe(callers.current(), code);
	}

	/** Who may call: the installation's operators. Its people sign in with their passwords again. */
	@PreAuthorize("hasRole('ADMIN')")
	@DeleteMapping("/agencies/{code}/openid-provider")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeProvider(@PathVariable String code) {
		providers.remove(callers.current(), code);
	}

	/** Who may call: ADMIN of the granting agency, or the operators. */
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/sharing-agreements")
	@ResponseStatus(HttpStatus.CREATED)
	SharingAgreement grant(@RequestBody AccessRequests.NewAgreement request) {
		return agreements.grant(callers.current(), request);
	}

	/** Who may call: ADMIN of the granting agency, or the operators. Takes effect on the next request. */
	@PreAuthorize("hasRole('ADMIN')")
	@DeleteMapping("/sharing-agreements/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable String id) {
		agreements.revoke(callers.current(), id);
	}

	/** Who may call: ADMIN, SUPERVISOR or AUDITOR; an agency sees the agreements it gives or receives. */
	@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AUDITOR')")
	@GetMapping("/sharing-agreements")
	List<SharingAgreement> listAgreements() {
		return agreements.listAgreements(callers.current());
	}

	/** Who may call: AUDITOR; an agency's auditors see its own entries, the operators' all. */
	@PreAuthorize("hasRole('AUDITOR')")
	@GetMapping("/audit")
	List<AuditEntry> searchAudit(@RequestParam(required = false) String username,
			@RequestParam(required = false) String action, @RequestParam(required = false) String subject,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(defaultValue = "200") int limit) {
		Caller caller = callers.current();
		String agency = scopes.isOperator(caller) ? null : caller.agency();
		return audit.search(agency, username, action, subject, from, to, Math.min(Math.max(limit, 1), 1000));
	}
}
