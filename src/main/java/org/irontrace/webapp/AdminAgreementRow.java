package org.irontrace.webapp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A sharing agreement as the pages show it, read from what {@code SharingAgreements} answers. */
record AdminAgreementRow(String id, String grantor, String grantee, List<String> scope, String level,
		LocalDate validFrom, LocalDate validUntil, boolean revoked) {

	@SuppressWarnings("unchecked")
	static AdminAgreementRow of(Map<String, Object> agreement) {
		Object until = agreement.get("validUntil");
		return new AdminAgreementRow((String) agreement.get("id"), (String) agreement.get("grantor"),
				(String) agreement.get("grantee"), (List<String>) agreement.get("scope"), (String) agreement.get("level"),
				LocalDate.parse((String) agreement.get("validFrom")), until == null ? null : LocalDate.parse((String) until),
				agreement.get("revokedAt") != null);
	}

	/** In force today: not revoked, started, not ended. */
	public boolean inForce() {
		LocalDate today = LocalDate.now();
		return !revoked && !validFrom.isAfter(today) && (validUntil == null || !validUntil.isBefore(today));
	}
}
