package org.irontrace.demo;

import java.util.List;
import java.util.Set;

import org.irontrace.access.AccessAdministration;
import org.irontrace.access.AccessRequests;
import org.irontrace.access.Caller;
import org.irontrace.access.Role;
import org.irontrace.access.SharingAgreements;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's agencies as an installation would hold them: every agency that owns a demo recovery is
 * registered (in the country its code names), and the region's fusion centre, CARICOM IMPACS, is
 * there with an agreement from each agency of a CARICOM member, so the pooled regional view can be
 * seen at once (sign in as an operator, create a user of CARICOM-IMPACS and look). The grants share
 * records without personal data, as a fusion centre would first be given.
 */
@Component
class DemoAgencies {

	static final String REGIONAL_BODY = "CARICOM-IMPACS";

	/** The fifteen member states of CARICOM (Montserrat is a British territory and a full member). */
	static final Set<String> CARICOM = Set.of("AG", "BS", "BB", "BZ", "DM", "GD", "GY", "HT", "JM", "KN", "LC", "MS", "SR",
			"TT", "VC");

	/** The installation acting for itself, as an operator: the demo is its own work. */
	static final Caller INSTALLATION = new Caller("installation", "IRONTRACE", Set.of(Role.ADMIN));

	private final JdbcClient jdbc;

	private final AccessAdministration administration;

	private final SharingAgreements agreements;

	DemoAgencies(JdbcClient jdbc, AccessAdministration administration, SharingAgreements agreements) {
		this.jdbc = jdbc;
		this.administration = administration;
		this.agreements = agreements;
	}

	/** The agencies the demo world registered. */
	List<String> listAgencies() {
		return jdbc.sql("SELECT code FROM demo_agency ORDER BY code").query(String.class).list();
	}

	/**
	 * When the demo's agencies were registered, which is after all its files went in: what was
	 * imported up to then is the demo's.
	 */
	java.time.Instant registeredAt() {
		return jdbc.sql("SELECT coalesce(max(a.created_at), 'epoch') FROM agency a JOIN demo_agency d USING (code)")
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
	}

	void register() {
		// An agency's country: the one its code starts with, else where most of its guns were recovered.
		List<String[]> owners = jdbc.sql("""
				SELECT agency, CASE WHEN agency ~ '^[A-Z]{2}-' THEN left(agency, 2) ELSE mode() WITHIN GROUP (ORDER BY country) END
				FROM recovery WHERE agency NOT IN (SELECT code FROM agency) GROUP BY agency ORDER BY agency
				""").query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
		for (String[] owner : owners) {
			create(new AccessRequests.NewAgency(owner[0], "Demo agency " + owner[0], owner[1], "NATIONAL"));
		}
		// The customs agency whose week of outbound declarations the demo holds (the simulator's US-CBP).
		for (String customs : jdbc.sql("SELECT DISTINCT agency FROM interdiction_shipment WHERE agency NOT IN (SELECT code FROM agency)")
			.query(String.class)
			.list()) {
			create(new AccessRequests.NewAgency(customs, "Demo customs " + customs, "US", "NATIONAL"));
		}
		create(new AccessRequests.NewAgency(REGIONAL_BODY, "CARICOM Implementation Agency for Crime and Security (demo)", "TT",
				"REGIONAL"));
		for (String[] owner : owners) {
			if (CARICOM.contains(owner[1])) {
				agreements.grant(INSTALLATION, new AccessRequests.NewAgreement(owner[0], REGIONAL_BODY,
						List.of("RECOVERIES", "TRACES", "LEADS"), "RECORDS_WITHOUT_PERSONAL_DATA", "2015-01-01", null));
			}
		}
	}

	/** Registered and listed, so that removing the demo world removes exactly the agencies it made. */
	private void create(AccessRequests.NewAgency agency) {
		administration.createAgency(INSTALLATION, agency);
		jdbc.sql("INSERT INTO demo_agency (code) VALUES (?)").param(agency.code()).update();
	}
}
