package org.irontrace.access;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.ConflictException;
import org.irontrace.platform.ForbiddenException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agencies, users, tokens. The operators of the installation create agencies; an agency's
 * administrators manage its own users and tokens. Every change is audited.
 */
@Service
public class AccessAdministration {

	private static final Pattern AGENCY_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");

	static final int MIN_PASSWORD = 12;

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final SharingScopes scopes;

	AccessAdministration(JdbcClient jdbc, PasswordEncoder encoder, AuditTrail audit, SharingScopes scopes) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.audit = audit;
		this.scopes = scopes;
	}

	@Transactional
	public Agency createAgency(Caller caller, AccessRequests.NewAgency request) {
		if (!scopes.seesEverything(caller)) {
			throw new ForbiddenException("Only the installation's operators create agencies");
		}
		String code = Checks.required(request.code(), "code");
		if (!AGENCY_CODE.matcher(code).matches()) {
			throw new BadRequestException("code: upper-case letters, digits and dashes, 2 to 40 characters");
		}
		String kind = Checks.oneOf(request.kind(), "kind", Set.of("NATIONAL", "STATE", "REGIONAL"));
		String country = Checks.country(request.country(), "country");
		String name = Checks.required(request.name(), "name");
		if (exists("SELECT count(*) FROM agency WHERE code = ?", code)) {
			throw new ConflictException("Agency " + code + " exists");
		}
		jdbc.sql("INSERT INTO agency (code, name, country, kind) VALUES (?, ?, ?, ?)").params(code, name, country, kind).update();
		audit.record(caller, "AGENCY_CREATED", "agency:" + code, null);
		return new Agency(code, name, country, kind);
	}

	@Transactional
	public UserAccount createUser(Caller caller, AccessRequests.NewUser request) {
		String agency = Checks.required(request.agency(), "agency");
		administers(caller, agency);
		String username = Checks.required(request.username(), "username").toLowerCase(java.util.Locale.ROOT);
		if (!USERNAME.matcher(username).matches()) {
			throw new BadRequestException("username: 3 to 64 lower-case letters, digits, '.', '_', '@' or '-'");
		}
		String password = Checks.password(request.password(), "password", username);
		Set<Role> roles = Checks.roles(request.roles());
		if (!exists("SELECT count(*) FROM agency WHERE code = ?", agency)) {
			throw new BadRequestException("agency: no agency " + agency);
		}
		if (exists("SELECT count(*) FROM account WHERE username = ?", username)) {
			throw new ConflictException("User " + username + " exists");
		}
		jdbc.sql("INSERT INTO account (username, password_hash, roles, agency) VALUES (?, ?, ?, ?)")
			.params(username, encoder.encode(password), RoleList.format(roles), agency)
			.update();
		audit.record(caller, "USER_CREATED", "user:" + username, null);
		return new UserAccount(username, agency, roles);
	}

	/**
	 * A token acts for its creator's agency (an administrator, who could give the same roles to a
	 * user of that agency); it is shown only once and only its hash is kept.
	 */
	@Transactional
	public IssuedToken createToken(Caller caller, AccessRequests.NewToken request) {
		administers(caller, caller.agency());
		String name = Checks.required(request.name(), "name");
		Set<Role> roles = Checks.roles(request.roles());
		Instant expires = expiry(request.expiresAt());
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String token = "itk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO api_token (token_id, name, token_hash, agency, roles, expires_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, name, BearerTokenFilter.hash(token), caller.agency(), RoleList.format(roles),
					java.sql.Timestamp.from(expires), caller.username())
			.update();
		audit.record(caller, "TOKEN_CREATED", "token:" + id, null);
		return new IssuedToken(token, id.toString(), caller.agency(), expires.toString());
	}

	private static Instant expiry(String written) {
		String value = Checks.required(written, "expiresAt");
		Instant expires;
		try {
			expires = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
					: OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new BadRequestException("expiresAt: an ISO date or date-time, e.g. 2027-06-30");
		}
		if (!expires.isAfter(Instant.now()) || expires.isAfter(Instant.now().plus(400, ChronoUnit.DAYS))) {
			throw new BadRequestException("expiresAt: in the future and at most 400 days away");
		}
		return expires;
	}

	/** Operators administer every agency; an agency's ADMIN only its own. */
	void administers(Caller caller, String agency) {
		if (!caller.has(Role.ADMIN) || !(scopes.seesEverything(caller) || caller.agency().equals(agency))) {
			throw new ForbiddenException("Only administrators of " + agency + " or the installation's operators may do this");
		}
	}

	private boolean exists(String sql, String value) {
		return jdbc.sql(sql).param(value).query(Long.class).single() > 0;
	}

	/**
	 * Removes agencies with their users, tokens, agreements (granted or received) and sign-in provider,
	 * each removal audited; the operators' own agency is never removed. Their records go first, through
	 * the modules that own them. Only the installation's operators remove agencies.
	 */
	@Transactional
	public void removeAgencies(Caller caller, java.util.Collection<String> codes) {
		if (!scopes.seesEverything(caller)) {
			throw new ForbiddenException("Only the installation's operators remove agencies");
		}
		String[] removed = codes.stream().filter(code -> !code.equals(SharingScopes.OPERATOR_AGENCY)).toArray(String[]::new);
		jdbc.sql("DELETE FROM api_token WHERE agency = ANY(?)").param(removed).update();
		jdbc.sql("DELETE FROM account WHERE agency = ANY(?)").param(removed).update();
		jdbc.sql("DELETE FROM sharing_agreement WHERE grantor = ANY(:codes) OR grantee = ANY(:codes)").param("codes", removed).update();
		jdbc.sql("DELETE FROM agency_openid_provider WHERE agency = ANY(?)").param(removed).update();
		jdbc.sql("DELETE FROM agency WHERE code = ANY(?)").param(removed).update();
		for (String code : removed) {
			audit.record(caller, "AGENCY_REMOVED", "agency:" + code, null);
		}
	}
}
