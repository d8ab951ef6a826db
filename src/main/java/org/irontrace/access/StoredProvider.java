package org.irontrace.access;

/** An agency's OpenID provider as configured, its client secret opened (null for a public client). */
record StoredProvider(String agency, String agencyName, String issuerUri, String clientId, String clientSecret,
		String usernameClaim) {
}
