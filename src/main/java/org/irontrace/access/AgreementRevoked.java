package org.irontrace.access;

import java.util.UUID;

/** A sharing agreement was revoked (published in the revoking transaction). */
public record AgreementRevoked(UUID agreementId, String grantor, String grantee) {
}
