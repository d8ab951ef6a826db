package org.irontrace.access;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.ForbiddenException;
import org.irontrace.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OpenID Connect providers through which agencies' people may sign in. The installation's
 * operators set, change and remove them (an agency's own administrators may read theirs); every
 * change is audited and takes effect on the next sign-in. The provider only vouches for who a
 * person is: roles and agency always come from the local account of the same name.
 */
@Service
public class OpenIdProviders {

	static final String DEFAULT_USERNAME_CLAIM = "preferred_username";

	private static final Pattern CLAIM = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

	private final JdbcClient jdbc;

	private final ProviderSecretSeal seal;

	private final ProviderDiscovery discovery;

	private final AuditTrail audit;

	private final SharingScopes scopes;

	private final AccessAdministration administration;

	OpenIdProviders(JdbcClient jdbc, ProviderSecretSeal seal, ProviderDiscovery discovery, AuditTrail audit,
			SharingScopes scopes, AccessAdministration administration) {
		this.jdbc = jdbc;
		this.seal = seal;
		this.discovery = discovery;
		this.audit = audit;
		this.scopes = scopes;
		this.administration = administration;
	}

	/** A button of the sign-in page: the agency whose provider it leads to. */
	public record SignInChoice(String agency, String agencyName) {

		/** Where the browser starts the provider's sign-in. */
		public String href() {
			return "/oauth2/authorization/" + agency;
		}
	}

	@Transactional
	public Map<String, Object> configure(Caller caller, String agency, AccessRequests.OpenIdProvider request) {
		onlyOperators(caller);
		agencyExists(agency);
		String issuer = issuer(request.issuerUri());
		String clientId = Checks.required(request.clientId(), "clientId");
		String claim = request.usernameClaim() == null || request.usernameClaim().isBlank() ? DEFAULT_USERNAME_CLAIM
				: request.usernameClaim().trim();
		if (!CLAIM.matcher(claim).matches()) {
			throw new BadRequestException("usernameClaim: the name of a claim, e.g. preferred_username or email");
		}
		String secret = request.clientSecret() == null || request.clientSecret().isEmpty() ? null : request.clientSecret();
		Optional<StoredProvider> before = find(agency);
		jdbc.sql("""
				INSERT INTO agency_openid_provider (agency, issuer_uri, client_id, client_secret_sealed, username_claim, updated_by)
				VALUES (:agency, :issuer, :clientId, :secret, :claim, :by)
				ON CONFLICT (agency) DO UPDATE SET issuer_uri = excluded.issuer_uri, client_id = excluded.client_id,
				    client_secret_sealed = COALESCE(excluded.client_secret_sealed, agency_openid_provider.client_secret_sealed),
				    username_claim = excluded.username_claim, updated_by = excluded.updated_by, updated_at = now()
				""")
			.param("agency", agency)
			.param("issuer", issuer)
			.param("clientId", clientId)
			.param("secret", seal.seal(agency, secret))
			.param("claim", claim)
			.param("by", caller.username())
			.update();
		before.ifPresent(old -> discovery.forget(old.issuerUri()));
		discovery.forget(issuer);
		audit.record(caller, "OPENID_PROVIDER_CONFIGURED", "agency:" + agency,
				issuer + " client " + clientId + (secret == null ? "" : ", new secret"));
		return describe(caller, agency);
	}

	/** The provider as configured; the client secret is never shown, only whether one is set. */
	public Map<String, Object> describe(Caller caller, String agency) {
		administration.administers(caller, agency);
		return jdbc.sql("""
				SELECT agency, issuer_uri, client_id, client_secret_sealed IS NOT NULL AS has_secret, username_claim,
				       updated_by, updated_at
				FROM agency_openid_provider WHERE agency = ?
				""").param(agency).query((rs, n) -> {
			Map<String, Object> provider = new LinkedHashMap<>();
			provider.put("agency", rs.getString("agency"));
			provider.put("issuerUri", rs.getString("issuer_uri"));
			provider.put("clientId", rs.getString("client_id"));
			provider.put("clientSecretSet", rs.getBoolean("has_secret"));
			provider.put("usernameClaim", rs.getString("username_claim"));
			provider.put("redirectPath", "/login/oauth2/code/" + rs.getString("agency"));
			provider.put("updatedBy", rs.getString("updated_by"));
			provider.put("updatedAt", rs.getTimestamp("updated_at").toInstant().toString());
			return provider;
		}).optional().orElseThrow(() -> new NotFoundException("Agency " + agency + " has no OpenID provider"));
	}

	@Transactional
	public void remove(Caller caller, String agency) {
		onlyOperators(caller);
		StoredProvider removed = find(agency)
			.orElseThrow(() -> new NotFoundException("Agency " + agency + " has no OpenID provider"));
		jdbc.sql("DELETE FROM agency_openid_provider WHERE agency = ?").param(agency).update();
		discovery.forget(removed.issuerUri());
		audit.record(caller, "OPENID_PROVIDER_REMOVED", "agency:" + agency, removed.issuerUri());
	}

	/** The agencies whose people may sign in through their provider, by name. */
	public List<SignInChoice> signInChoices() {
		return jdbc.sql("""
				SELECT p.agency, a.name FROM agency_openid_provider p JOIN agency a ON a.code = p.agency ORDER BY a.name
				""").query((rs, n) -> new SignInChoice(rs.getString(1), rs.getString(2))).list();
	}

	Optional<StoredProvider> find(String agency) {
		return jdbc.sql("""
				SELECT p.agency, a.name, p.issuer_uri, p.client_id, p.client_secret_sealed, p.username_claim
				FROM agency_openid_provider p JOIN agency a ON a.code = p.agency WHERE p.agency = ?
				""").param(agency).query((rs, n) -> new StoredProvider(rs.getString(1), rs.getString(2), rs.getString(3),
				rs.getString(4), seal.open(rs.getString(1), rs.getBytes(5)), rs.getString(6))).optional();
	}

	private void onlyOperators(Caller caller) {
		if (!scopes.seesEverything(caller)) {
			throw new ForbiddenException("Only the installation's operators set agencies' OpenID providers");
		}
	}

	private void agencyExists(String agency) {
		if (jdbc.sql("SELECT count(*) FROM agency WHERE code = ?").param(agency).query(Long.class).single() == 0) {
			throw new NotFoundException("No agency " + agency);
		}
	}

	/**
	 * The issuer exactly as the provider names itself (its ID tokens must carry the same). HTTPS,
	 * except on this machine, where a provider for tests or a local gateway may run.
	 */
	static String issuer(String written) {
		String value = Checks.required(written, "issuerUri");
		URI uri;
		try {
			uri = new URI(value);
		}
		catch (URISyntaxException e) {
			throw new BadRequestException("issuerUri: an absolute https URL, e.g. https://login.agency.example/realms/main");
		}
		boolean loopback = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
		boolean https = "https".equalsIgnoreCase(uri.getScheme());
		if (uri.getHost() == null || !(https || (loopback && "http".equalsIgnoreCase(uri.getScheme())))
				|| uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
			throw new BadRequestException("issuerUri: an absolute https URL without query or fragment"
					+ " (plain http only for a provider on this machine)");
		}
		return value;
	}
}
