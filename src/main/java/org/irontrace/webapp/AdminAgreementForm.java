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

	AdminProblems dateProblems() {
		AdminProblems problems = new AdminProblems("agreement");
		if (validFrom.date() == null) {
			problems.add("validFrom", "admin.problem.agreement.validFromDate");
		}
		if (!validUntil.blank() && validUntil.date() == null) {
			problems.add("validUntil", "admin.problem.agreement.validUntilDate");
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
