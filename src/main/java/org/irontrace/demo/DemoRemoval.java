package org.irontrace.demo;

import java.util.ArrayList;
import java.util.List;

import org.irontrace.access.AccessAdministration;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.SharingScopes;
import org.irontrace.commerce.Ledger;
import org.irontrace.identity.People;
import org.irontrace.intel.Intelligence;
import org.irontrace.interdiction.Shipments;
import org.irontrace.network.Network;
import org.irontrace.platform.ConflictException;
import org.irontrace.platform.ForbiddenException;
import org.irontrace.recovery.Recoveries;
import org.irontrace.registry.DomesticRegistry;
import org.irontrace.trace.TraceService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Removes the demo world, so that the installation is as after a first start without it: the demo's
 * agencies with everything they hold (declarations, traces, recoveries, users, tokens, agreements),
 * the ledger the installation sent itself, and what was derived from them (people, graph, rings,
 * leads), each through the module that owns it. The audit trail stays whole; the removal is recorded
 * in it. Refused while other agencies or users hold data, unless forced: theirs is then kept.
 * Every step can be run again, so a removal cut short is finished by removing again.
 */
@Service
public class DemoRemoval {

	private final DemoWorld demo;

	private final DemoAgencies agencies;

	private final SharingScopes scopes;

	private final Recoveries recoveries;

	private final TraceService traces;

	private final Shipments shipments;

	private final Ledger ledger;

	private final DomesticRegistry registry;

	private final Network network;

	private final People people;

	private final Intelligence intelligence;

	private final AccessAdministration administration;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	DemoRemoval(DemoWorld demo, DemoAgencies agencies, SharingScopes scopes, Recoveries recoveries, TraceService traces,
			Shipments shipments, Ledger ledger, DomesticRegistry registry, Network network, People people, Intelligence intelligence, AccessAdministration administration,
			AuditTrail audit, JdbcClient jdbc) {
		this.demo = demo;
		this.agencies = agencies;
		this.scopes = scopes;
		this.recoveries = recoveries;
		this.traces = traces;
		this.shipments = shipments;
		this.ledger = ledger;
		this.registry = registry;
		this.network = network;
		this.people = people;
		this.intelligence = intelligence;
		this.administration = administration;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/** The installation acting for itself, as from its command line. */
	public DemoRemoved removeAsInstallation(boolean force) {
		return remove(DemoAgencies.INSTALLATION, force);
	}

	/**
	 * Removes the demo world for an operator. Without {@code force}, refused (409, naming it) when
	 * anything besides the demo world is held; with it, that is kept and only the demo's goes.
	 */
	public DemoRemoved remove(Caller caller, boolean force) {
		if (!scopes.seesEverything(caller)) {
			throw new ForbiddenException("Only the installation's operators remove the demo world");
		}
		if (!demo.held()) {
			return new DemoRemoved(false, List.of(), List.of());
		}
		List<String> demoAgencies = agencies.listAgencies();
		java.time.Instant loadedUpTo = agencies.registeredAt();
		List<String> kept = heldBesides(demoAgencies, loadedUpTo);
		if (!kept.isEmpty() && !force) {
			throw new ConflictException("This installation holds data besides the demo world's: " + String.join("; ", kept)
					+ ". Remove the demo world with force to keep that data and remove only the demo's");
		}
		long started = System.nanoTime();
		shipments.forgetAgencies(demoAgencies);
		traces.forgetAgencies(demoAgencies);
		long removedRecoveries = recoveries.forgetAgencies(demoAgencies);
		long removedLedger = ledger.forgetRowsSentByInstallation();
		registry.forgetImportedUpTo(loadedUpTo);
		network.forgetBallisticLinksOf(demoAgencies);
		people.forgetRemovedRecords();
		intelligence.forgetAgencies(demoAgencies);
		administration.removeAgencies(caller, demoAgencies);
		jdbc.sql("DELETE FROM demo_agency").update();
		demo.removed();
		audit.record(caller, "DEMO_REMOVED", "demo-world", String.format("%d agencies, %d recoveries, %d ledger rows removed%s in %.1f s",
				demoAgencies.size(), removedRecoveries, removedLedger, kept.isEmpty() ? "" : "; kept: " + String.join("; ", kept),
				(System.nanoTime() - started) / 1e9));
		return new DemoRemoved(true, demoAgencies, kept);
	}

	/** What agencies and users other than the demo's hold, in the operators' words. */
	private List<String> heldBesides(List<String> demoAgencies, java.time.Instant loadedUpTo) {
		List<String> held = new ArrayList<>();
		for (String agency : recoveries.listAgencies()) {
			if (!demoAgencies.contains(agency)) {
				held.add(recoveries.countRecoveries(agency) + " recoveries of agency " + agency);
			}
		}
		long registered = registry.countImportedAfter(loadedUpTo);
		if (registered > 0) {
			held.add(registered + " domestic registry rows imported after the demo world");
		}
		long sentByUsers = ledger.countRowsSentByUsers();
		if (sentByUsers > 0) {
			held.add(sentByUsers + " ledger rows sent by users");
		}
		return held;
	}
}
