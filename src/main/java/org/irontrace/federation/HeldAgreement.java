package org.irontrace.federation;

import java.time.Instant;
import java.util.List;

/**
 * An agreement by which a peer's agency grants an agency of this installation, as last heard, and
 * how many of its records are held here under it.
 */
public record HeldAgreement(String id, String installation, String ownerAgency, String granteeAgency,
		List<String> scope, String level, long records, Instant heardAt) {
}
