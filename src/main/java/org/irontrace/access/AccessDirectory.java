package org.irontrace.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.irontrace.platform.ForbiddenException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who exists, as an administrator may see it: the operators of the installation every agency, user
 * and token; an agency's administrators their own agency's users and tokens. The scope is a
 * parameter of each query, as for records, and token secrets are never read (only their hash is
 * kept in any case).
 */
@Service
public class AccessDirectory {

	private final JdbcClient jdbc;

	private final SharingScopes scopes;

	AccessDirectory(JdbcClient jdbc, SharingScopes scopes) {
		this.jdbc = jdbc;
		this.scopes = scopes;
	}

	/** An agency as listed: its code, name, country and kind. */
	public record AgencyListing(String code, String name, String country, String kind) {
	}

	/** A user as listed, without anything of the password. */
	public record UserListing(String username, String agency, Set<Role> roles, Instant lockedUntil, Instant createdAt,
			Instant disabledAt) {

		public boolean locked() {
			return lockedUntil != null && lockedUntil.isAfter(Instant.now());
		}
	}

	/** A token as listed: what it is called and may do, never its value. */
	public record TokenListing(String id, String name, String agency, Set<Role> roles, Instant expiresAt,
			String createdBy, Instant revokedAt) {

		public boolean active() {
			return revokedAt == null && expiresAt.isAfter(Instant.now());
		}
	}

	/** The country an agency reports for (ISO 3166-1 alpha-2), or empty when there is no such agency. */
	public java.util.Optional<String> findCountryOf(String agency) {
		return jdbc.sql("SELECT country FROM agency WHERE code = :agency").param("agency", agency).query(String.class).optional();
	}

	/** Every agency for the operators; the caller's own agency for anyone else. */
	public List<AgencyListing> listAgencies(Caller caller) {
		return jdbc.sql("SELECT code, name, country, kind FROM agency WHERE :all OR code = :agency ORDER BY code")
			.param("all", scopes.seesEverything(caller))
			.param("agency", caller.agency())
			.query(AccessDirectory::agency)
			.list();
	}

	/**
	 * The agencies an agreement of the caller's agency may name as receiving one: every agency but
	 * its own and the operators' (agencies are not secret from each other; their data is).
	 */
	public List<AgencyListing> listPossibleGrantees(Caller caller) {
		administrator(caller);
		return jdbc.sql("SELECT code, name, country, kind FROM agency WHERE kind <> 'OPERATOR' AND code <> ? ORDER BY code")
			.param(caller.agency())
			.query(AccessDirectory::agency)
			.list();
	}

	/** The users an administrator manages: all for the operators, its agency's for an agency's ADMIN. */
	public List<UserListing> listUsers(Caller caller) {
		administrator(caller);
		return jdbc.sql("""
				SELECT username, agency, roles, locked_until, created_at, disabled_at FROM account
				WHERE :all OR agency = :agency ORDER BY agency, username
				""")
			.param("all", scopes.seesEverything(caller))
			.param("agency", caller.agency())
			.query((rs, n) -> new UserListing(rs.getString("username"), rs.getString("agency"),
					RoleList.parse(rs.getString("roles")), instant(rs.getTimestamp("locked_until")),
					instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("disabled_at"))))
			.list();
	}

	/** The tokens an administrator manages, newest first, in the same scope as users. */
	public List<TokenListing> listTokens(Caller caller) {
		administrator(caller);
		return jdbc.sql("""
				SELECT token_id, name, agency, roles, expires_at, created_by, revoked_at FROM api_token
				WHERE :all OR agency = :agency ORDER BY created_at DESC
				""")
			.param("all", scopes.seesEverything(caller))
			.param("agency", caller.agency())
			.query((rs, n) -> new TokenListing(rs.getString("token_id"), rs.getString("name"), rs.getString("agency"),
					RoleList.parse(rs.getString("roles")), instant(rs.getTimestamp("expires_at")),
					rs.getString("created_by"), instant(rs.getTimestamp("revoked_at"))))
			.list();
	}

	/** Whether the caller administers the whole installation (and so may create agencies). */
	public boolean administersInstallation(Caller caller) {
		return scopes.seesEverything(caller);
	}

	private static void administrator(Caller caller) {
		if (!caller.has(Role.ADMIN)) {
			throw new ForbiddenException("Only administrators list users and tokens");
		}
	}

	private static AgencyListing agency(ResultSet rs, int row) throws SQLException {
		return new AgencyListing(rs.getString("code"), rs.getString("name"), rs.getString("country"), rs.getString("kind"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
