package org.irontrace.webapp;

import java.util.List;

import org.irontrace.access.AccessRequests;

/**
 * What the administrator filled in for a new agreement. The page checks only that the dates are
 * dates; everything else (who may grant, which agencies, scopes, levels, end not before start) is
 * for {@code SharingAgreements} to decide.
 */
record AdminAgreementForm(String grantor, String grantee, List<String> scope, String level, AdminDate validFrom,
		AdminDate validUntil) {

	/** Every problem the page can see by itself, all at once, in the order of the fields. */
	AdminProblems problems() {
		AdminProblems problems = new AdminProblems("agreement");
		if (grantee.isBlank()) {
			problems.add("grantee", "admin.problem.agreement.grantee");
		}
		if (scope.isEmpty()) {
			problems.add("scope", "admin.problem.agreement.scope");
		}
		if (level.isBlank()) {
			problems.add("level", "admin.problem.agreement.level");
		}
		if (validFrom.date() == null) {
			problems.add("validFrom", "admin.problem.agreement.validFromDate");
		}
		if (!validUntil.blank() && validUntil.date() == null) {
			problems.add("validUntil", "admin.problem.agreement.validUntilDate");
		}
		else if (validFrom.date() != null && validUntil.date() != null && validUntil.date().isBefore(validFrom.date())) {
			problems.add("validUntil", "admin.problem.agreement.validUntil");
		}
		return problems;
	}

	AccessRequests.NewAgreement request() {
		return new AccessRequests.NewAgreement(grantor, grantee, scope, level, validFrom.iso(), validUntil.iso());
	}

	public boolean covers(String oneScope) {
		return scope.contains(oneScope);
	}
}
