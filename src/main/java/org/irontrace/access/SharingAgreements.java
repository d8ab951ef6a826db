package org.irontrace.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.ForbiddenException;
import org.irontrace.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements by which an agency lets another (or a regional body) see its data. Only the granting
 * agency's administrators (or the installation's operators, on its documented request) make or
 * revoke one; IronTrace never widens access by itself. A revocation takes effect on the next
 * request, because every query reads the agreements in force.
 */
@Service
public class SharingAgreements {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final AccessAdministration administration;

	private final SharingScopes scopes;

	private final ObjectProvider<RemoteInstallations> peers;

	private final ApplicationEventPublisher events;

	SharingAgreements(JdbcClient jdbc, AuditTrail audit, AccessAdministration administration, SharingScopes scopes,
			ObjectProvider<RemoteInstallations> peers, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.administration = administration;
		this.scopes = scopes;
		this.peers = peers;
		this.events = events;
	}

	/**
	 * Refuses, as {@link #grant} would, an agreement the caller may not give or whose terms are
	 * wrong, and writes nothing: the page asks the administrator to check the terms before granting.
	 */
	@Transactional(readOnly = true)
	public void checkGrant(Caller caller, AccessRequests.NewAgreement request) {
		terms(caller, request);
	}

	@Transactional
	public SharingAgreement grant(Caller caller, AccessRequests.NewAgreement request) {
		Terms terms = terms(caller, request);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO sharing_agreement (agreement_id, grantor, grantee, scope, level, valid_from, valid_until, created_by)
				VALUES (:id, :grantor, :grantee, :scope, :level, :from, :until, :by)
				""")
			.param("id", id).param("grantor", terms.grantor()).param("grantee", terms.grantee())
			.param("scope", terms.scope().stream().map(Enum::name).toArray(String[]::new)).param("level", terms.level().name())
			.param("from", terms.from()).param("until", terms.until()).param("by", caller.username())
			.update();
		audit.record(caller, "AGREEMENT_GRANTED", "agreement:" + id,
				terms.grantor() + " -> " + terms.grantee() + " " + terms.scope() + " " + terms.level());
		return new SharingAgreement(id, terms.grantor(), terms.grantee(), List.copyOf(terms.scope()), terms.level(),
				terms.from(), terms.until(), null);
	}

	/** An agreement's terms once checked. */
	private record Terms(String grantor, String grantee, Set<SharingScope> scope, SharingLevel level, LocalDate from,
			LocalDate until) {
	}

	private Terms terms(Caller caller, AccessRequests.NewAgreement request) {
		String grantor = Checks.required(request.grantor(), "grantor");
		String grantee = Checks.required(request.grantee(), "grantee");
		administration.administers(caller, grantor);
		if (grantor.equals(grantee)) {
			throw new BadRequestException("grantee: an agency cannot grant itself");
		}
		// An agency of a peer installation lives there, not in this installation's agency table.
		boolean remote = isRemote(grantee);
		if (remote) {
			checkRemoteGrantee(grantee);
		}
		for (String agency : remote ? List.of(grantor) : List.of(grantor, grantee)) {
			if (jdbc.sql("SELECT count(*) FROM agency WHERE code = :code").param("code", agency).query(Long.class).single() == 0) {
				throw new BadRequestException("no agency " + agency);
			}
		}
		Set<SharingScope> scope = scope(request.scope());
		SharingLevel level = SharingLevel.valueOf(Checks.oneOf(request.level(), "level", names(SharingLevel.values())));
		LocalDate from = Checks.date(request.validFrom(), "validFrom", true);
		LocalDate until = Checks.date(request.validUntil(), "validUntil", false);
		if (until != null && until.isBefore(from)) {
			throw new BadRequestException("validUntil: not before validFrom");
		}
		return new Terms(grantor, grantee, scope, level, from, until);
	}

	@Transactional
	public void revoke(Caller caller, String agreementId) {
		SharingAgreement agreement = find(agreementId)
			.filter(found -> scopes.isOperator(caller) || found.concerns(caller.agency()))
			.orElseThrow(() -> new NotFoundException("No agreement " + agreementId));
		administration.administers(caller, agreement.grantor());
		jdbc.sql("UPDATE sharing_agreement SET revoked_at = now() WHERE agreement_id = :id AND revoked_at IS NULL")
			.param("id", agreement.id())
			.update();
		audit.record(caller, "AGREEMENT_REVOKED", "agreement:" + agreementId, null);
		events.publishEvent(new AgreementRevoked(agreement.id(), agreement.grantor(), agreement.grantee()));
	}

	private static boolean isRemote(String grantee) {
		return grantee.indexOf(':') > 0;
	}

	/** An agency of another installation: {@code NAME:AGENCY}, where NAME is a peer of this one. */
	private void checkRemoteGrantee(String grantee) {
		String installation = grantee.substring(0, grantee.indexOf(':'));
		if (grantee.length() == installation.length() + 1) {
			throw new BadRequestException("grantee: no agency after '" + installation + ":'");
		}
		RemoteInstallations known = peers.getIfAvailable();
		if (known == null || !known.isPeer(installation)) {
			throw new BadRequestException("grantee: no peer installation " + installation);
		}
	}

	/**
	 * The agreements in force today whose grantee is an agency of this installation of another
	 * (written {@code NAME:AGENCY}): what may leave for it, and nothing else.
	 */
	public List<GrantInForce> listGrantsToInstallation(String installation) {
		return jdbc.sql("""
				SELECT agreement_id, grantor, grantee, scope, level, valid_from, valid_until FROM sharing_agreement
				WHERE starts_with(grantee, :prefix) AND revoked_at IS NULL AND valid_from <= current_date
				  AND (valid_until IS NULL OR valid_until >= current_date)
				ORDER BY agreement_id
				""")
			.param("prefix", installation + ":")
			.query((rs, n) -> new GrantInForce(rs.getObject("agreement_id", UUID.class), rs.getString("grantor"),
					rs.getString("grantee"), List.of((String[]) rs.getArray("scope").getArray()),
					SharingLevel.valueOf(rs.getString("level")), rs.getObject("valid_from", LocalDate.class),
					rs.getObject("valid_until", LocalDate.class)))
			.list();
	}

	/** The agreements the caller's agency gives or receives (all of them for operators). */
	public List<SharingAgreement> listAgreements(Caller caller) {
		boolean all = scopes.seesEverything(caller);
		return jdbc.sql("""
				SELECT * FROM sharing_agreement
				WHERE :all OR grantor = :agency OR grantee = :agency ORDER BY created_at
				""").param("all", all).param("agency", caller.agency()).query((rs, n) -> row(rs)).list();
	}

	/** The agreement of this id (as the caller gives it, a path segment that may not be an id at all). */
	private Optional<SharingAgreement> find(String agreementId) {
		UUID id;
		try {
			id = UUID.fromString(agreementId);
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT * FROM sharing_agreement WHERE agreement_id = :id").param("id", id)
			.query((rs, n) -> row(rs)).optional();
	}

	private static SharingAgreement row(ResultSet rs) throws SQLException {
		Timestamp revoked = rs.getTimestamp("revoked_at");
		return new SharingAgreement(rs.getObject("agreement_id", UUID.class), rs.getString("grantor"), rs.getString("grantee"),
				Arrays.stream((String[]) rs.getArray("scope").getArray()).map(SharingScope::valueOf).toList(),
				SharingLevel.valueOf(rs.getString("level")), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_until", LocalDate.class), revoked == null ? null : revoked.toInstant());
	}

	private static Set<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).collect(java.util.stream.Collectors.toSet());
	}

	private static Set<SharingScope> scope(List<String> names) {
		if (names == null || names.isEmpty()) {
			throw new BadRequestException("scope: at least one of RECOVERIES, TRACES, LEADS");
		}
		Set<SharingScope> scope = new LinkedHashSet<>();
		for (String name : names) {
			scope.add(SharingScope.valueOf(Checks.oneOf(name, "scope", names(SharingScope.values()))));
		}
		return scope;
	}
}
