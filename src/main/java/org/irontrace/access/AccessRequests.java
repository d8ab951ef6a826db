package org.irontrace.access;

import java.util.List;

/** The bodies of the access API (FORMATS.md, Access API). */
public final class AccessRequests {

	private AccessRequests() {
	}

	public record NewAgency(String code, String name, String country, String kind) {
	}

	public record NewUser(String username, String password, String agency, List<String> roles) {
	}

	/** An account's new roles, replacing the old ones. */
	public record NewRoles(List<String> roles) {
	}

	/** A signed-in person's own password change: the password in use, and the one to use from now on. */
	public record PasswordChange(String currentPassword, String newPassword) {
	}

	/** A password an administrator reset, answered once; only its bcrypt hash is kept. */
	public record TemporaryPassword(String temporaryPassword) {
	}

	public record NewToken(String name, List<String> roles, String expiresAt) {
	}

	/**
	 * An agency's OpenID Connect provider. {@code clientSecret} left out on a change keeps the stored
	 * one; left out on the first setting, the client is public (PKCE only). {@code usernameClaim}
	 * names the claim that carries the local username (by default {@code preferred_username}).
	 */
	public record OpenIdProvider(String issuerUri, String clientId, String clientSecret, String usernameClaim) {
	}

	public record NewAgreement(String grantor, String grantee, List<String> scope, String level, String validFrom,
			String validUntil) {
	}
}
