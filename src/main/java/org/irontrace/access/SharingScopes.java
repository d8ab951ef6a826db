package org.irontrace.access;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Which agencies' data a caller may see. An agency always sees its own; another agency's only
 * through an agreement in force today that covers the scope at the level asked or more. A regional
 * body sees what each member granted it, and nothing else. The operators of the installation
 * (agency {@code IRONTRACE}, role ADMIN) see every agency, and their reads of personal data are
 * audited like anyone's.
 */
@Service
public class SharingScopes {

	static final String OPERATOR_AGENCY = "IRONTRACE";

	private final JdbcClient jdbc;

	SharingScopes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the caller belongs to the installation's operators (whatever its roles). */
	public boolean isOperator(Caller caller) {
		return OPERATOR_AGENCY.equals(caller.agency());
	}

	/**
	 * Whether the caller may change an agency's records (trace its recoveries, confirm a candidate,
	 * work the leads that rest on them): that agency's own users and the installation's operators. An
	 * agreement opens another agency's records to reading only.
	 */
	public boolean worksFor(Caller caller, String agency) {
		return isOperator(caller) || caller.agency().equals(agency);
	}

	/** Whether the caller sees every agency's data (the installation's operators). */
	public boolean seesEverything(Caller caller) {
		return OPERATOR_AGENCY.equals(caller.agency()) && caller.has(Role.ADMIN);
	}

	/**
	 * The agencies whose data of this scope the caller may see at least at this level; the caller's
	 * own agency first. Meaningless for callers that {@link #seesEverything see everything}.
	 */
	public Set<String> agenciesVisibleTo(Caller caller, SharingScope scope, SharingLevel atLeast) {
		Set<String> agencies = new LinkedHashSet<>();
		agencies.add(caller.agency());
		agencies.addAll(grantorsOf(caller.agency(), scope, atLeast));
		return agencies;
	}

	/**
	 * The caller's visibility of records of a scope: its own agency's in full, agencies granting
	 * FULL in full, agencies granting RECORDS_WITHOUT_PERSONAL_DATA without personal data.
	 * AGGREGATES_ONLY grants no records.
	 */
	public Visibility visibilityFor(Caller caller, SharingScope scope) {
		if (seesEverything(caller)) {
			return Visibility.unrestricted();
		}
		Set<String> full = new LinkedHashSet<>();
		Set<String> withoutPersonalData = new LinkedHashSet<>();
		full.add(caller.agency());
		// One look-up per request: the strongest level each grantor gives the caller's agency today, with
		// the agencies of other installations (NAME:AGENCY) as their agreements were last heard (V201):
		// what rests on their records here (rings, leads) is seen as far as those grant.
		jdbc.sql("""
				SELECT grantor, bool_or(level = 'FULL') AS full FROM (
				    SELECT grantor, level FROM sharing_agreement
				    WHERE grantee = :grantee AND revoked_at IS NULL AND :scope = ANY(scope)
				      AND valid_from <= current_date AND (valid_until IS NULL OR valid_until >= current_date)
				    UNION ALL
				    SELECT grantor, level FROM foreign_grant_in_force WHERE grantee = :grantee AND :scope = ANY(scope)) g
				WHERE level IN ('FULL', 'RECORDS_WITHOUT_PERSONAL_DATA')
				GROUP BY grantor
				""")
			.param("grantee", caller.agency())
			.param("scope", scope.name())
			.query((java.sql.ResultSet rs) -> {
				(rs.getBoolean("full") ? full : withoutPersonalData).add(rs.getString("grantor"));
			});
		withoutPersonalData.removeAll(full);
		return new Visibility(false, Set.copyOf(full), Set.copyOf(withoutPersonalData));
	}

	/** The agencies that grant this agency the scope at this level or more, today. */
	List<String> grantorsOf(String grantee, SharingScope scope, SharingLevel atLeast) {
		List<String> levels = java.util.Arrays.stream(SharingLevel.values())
			.filter(level -> level.atLeast(atLeast))
			.map(Enum::name)
			.toList();
		return jdbc.sql("""
				SELECT DISTINCT grantor FROM sharing_agreement
				WHERE grantee = :grantee AND revoked_at IS NULL AND :scope = ANY(scope)
				  AND level = ANY(:levels) AND valid_from <= current_date
				  AND (valid_until IS NULL OR valid_until >= current_date)
				ORDER BY grantor
				""")
			.param("grantee", grantee)
			.param("scope", scope.name())
			.param("levels", levels.toArray(String[]::new))
			.query(String.class)
			.list();
	}
}
