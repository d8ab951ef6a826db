package org.irontrace.webapp;

import java.time.LocalDate;
import java.util.List;

import org.irontrace.access.SharingAgreement;

/** A sharing agreement as the pages show it: the words of its scope and level, and whether it stands. */
record AdminAgreementRow(String id, String grantor, String grantee, List<String> scope, String level,
		LocalDate validFrom, LocalDate validUntil, boolean revoked) {

	static AdminAgreementRow of(SharingAgreement agreement) {
		return new AdminAgreementRow(agreement.id().toString(), agreement.grantor(), agreement.grantee(),
				agreement.scope().stream().map(Enum::name).toList(), agreement.level().name(), agreement.validFrom(),
				agreement.validUntil(), agreement.revokedAt() != null);
	}

	/** In force today: not revoked, started, not ended. */
	public boolean inForce() {
		return !revoked && !validFrom.isAfter(LocalDate.now()) && (validUntil == null || !validUntil.isBefore(LocalDate.now()));
	}
}
