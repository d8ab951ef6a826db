package org.irontrace.federation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.irontrace.access.GrantInForce;
import org.irontrace.access.SharingAgreements;
import org.irontrace.access.SharingLevel;
import org.irontrace.access.SharingScope;
import org.irontrace.access.Visibility;
import org.irontrace.federation.ExchangeMessages.Answer;
import org.irontrace.federation.ExchangeMessages.Grant;
import org.irontrace.federation.ExchangeMessages.Request;
import org.irontrace.federation.ExchangeMessages.SharedCount;
import org.irontrace.federation.ExchangeMessages.SharedPurchaser;
import org.irontrace.federation.ExchangeMessages.SharedRecovery;
import org.irontrace.federation.ExchangeMessages.SharedTrace;
import org.irontrace.recovery.Recoveries;
import org.irontrace.recovery.Recovery;
import org.irontrace.trace.CurrentTraces;
import org.irontrace.trace.CurrentTraces.CurrentTrace;
import org.irontrace.trace.TraceChange;
import org.springframework.stereotype.Component;

/**
 * The granting side of an exchange: what this installation's agencies grant the asking peer's
 * agencies, and nothing else. Records are read with a visibility made of the agreement alone (the
 * grantor's records, personal fields withheld in the query below FULL: the possessor, and the first
 * retail purchaser of the records' traces), a page at a time in
 * record-id order after the asker's cursor, with the traces re-traced since the asker's last change
 * (in the trace module's order of changes); AGGREGATES_ONLY sends counts, never a record.
 */
@Component
class GrantedExport {

	static final int MAX_PAGE = 5000;

	private final SharingAgreements agreements;

	private final Recoveries recoveries;

	private final CurrentTraces traces;

	GrantedExport(SharingAgreements agreements, Recoveries recoveries, CurrentTraces traces) {
		this.agreements = agreements;
		this.recoveries = recoveries;
		this.traces = traces;
	}

	Answer answer(Peer asker, Request request, List<String> readsRecorded) {
		// Taken before any record is read: a trace changed while this pass pages is listed after it.
		TraceChange fromNow = traces.changesFromNow();
		List<GrantInForce> grants = agreements.listGrantsToInstallation(asker.name());
		Map<String, String> cursors = request.cursors() == null ? Map.of() : request.cursors();
		Map<String, String> changes = request.changes() == null ? Map.of() : request.changes();
		List<SharedTrace> retraced = new ArrayList<>();
		Map<String, String> changesAfter = new LinkedHashMap<>();
		int room = Math.min(Math.max(request.pageSize(), 1), MAX_PAGE);
		List<SharedRecovery> records = new ArrayList<>();
		List<SharedCount> counts = new ArrayList<>();
		Map<String, String> after = new LinkedHashMap<>();
		boolean more = false;
		for (GrantInForce grant : grants) {
			String id = grant.id().toString();
			String cursor = cursors.getOrDefault(id, "");
			after.put(id, cursor);
			if (grant.level() == SharingLevel.AGGREGATES_ONLY) {
				continue; // Counted once, on the last page of the pass (below).
			}
			if (sendsTraces(grant)) {
				TraceChange since = changes.containsKey(id) ? TraceChange.parse(changes.get(id)) : null;
				if (since == null) {
					changesAfter.put(id, fromNow.toString()); // The records carry their current traces.
				}
				else {
					List<CurrentTrace> changed = room == 0 ? List.of() : traces.listChangedAfter(grant.grantor(), since, room,
							grant.level() == SharingLevel.FULL);
					changed.forEach(t -> retraced.add(sharedTrace(id, t)));
					changesAfter.put(id, (changed.isEmpty() ? since : changed.get(changed.size() - 1).changed()).toString());
					room -= changed.size();
					more |= room == 0;
				}
			}
			if (!grant.covers(SharingScope.RECOVERIES) || room == 0) {
				more |= room == 0 && grant.covers(SharingScope.RECOVERIES);
				continue;
			}
			List<Recovery> page = recoveries.listVisibleRecoveries(grant.grantor(), visibilityOf(grant), cursor, room);
			records.addAll(shared(grant, page));
			room -= page.size();
			if (!page.isEmpty()) {
				after.put(id, page.get(page.size() - 1).recoveryId());
			}
			more |= room == 0;
		}
		boolean last = !more;
		for (GrantInForce grant : last ? grants : List.<GrantInForce>of()) {
			if (grant.level() == SharingLevel.AGGREGATES_ONLY) {
				traces.countByCountryMonthStatus(grant.grantor())
					.forEach(count -> counts.add(new SharedCount(grant.id().toString(), count.country(),
							count.month().toString(), count.status(), count.recoveries())));
			}
		}
		List<Grant> inForce = grants.stream()
			.map(g -> new Grant(g.id().toString(), g.grantor(), g.granteeAgency(), g.scope(), g.level().name(),
					last && sendsRecords(g) ? recoveries.countRecoveries(g.grantor()) : null))
			.toList();
		return new Answer(inForce, records, counts, after, more, readsRecorded, retraced, changesAfter);
	}

	private static boolean sendsRecords(GrantInForce grant) {
		return grant.level() != SharingLevel.AGGREGATES_ONLY && grant.covers(SharingScope.RECOVERIES);
	}

	/** The owner's traces go with the records, at FULL and without personal data, when TRACES is granted. */
	private static boolean sendsTraces(GrantInForce grant) {
		return sendsRecords(grant) && grant.covers(SharingScope.TRACES);
	}

	private static SharedTrace sharedTrace(String agreementId, CurrentTrace t) {
		return new SharedTrace(agreementId, t.recoveryId(), t.status(), t.reason(), t.usSourced(), t.timeToCrimeDays(),
				t.sourceState(), t.dealerLicence(), t.dealerName(), t.tracedAt().toString(), SharedPurchaser.of(t.purchaser()));
	}

	/** The grantor's records and nothing else, with personal data only at FULL. */
	private static Visibility visibilityOf(GrantInForce grant) {
		Set<String> grantor = Set.of(grant.grantor());
		return grant.level() == SharingLevel.FULL ? new Visibility(false, grantor, Set.of())
				: new Visibility(false, Set.of(), grantor);
	}

	private List<SharedRecovery> shared(GrantInForce grant, List<Recovery> page) {
		Map<String, CurrentTrace> current = page.isEmpty() || !sendsTraces(grant) ? Map.of()
				: traces.listCurrentTraces(grant.grantor(), page.stream().map(Recovery::recoveryId).toList(),
						grant.level() == SharingLevel.FULL)
					.stream()
					.collect(Collectors.toMap(CurrentTrace::recoveryId, Function.identity()));
		String id = grant.id().toString();
		return page.stream().map(r -> {
			CurrentTrace t = current.get(r.recoveryId());
			var f = r.firearm();
			var p = r.possessor();
			return new SharedRecovery(id, r.recoveryId(), r.recoveryDate().toString(), r.country(), r.adminArea(), r.city(),
					r.crimeCode(), f.serialNumber(), r.serialObliterated(), r.partialSerial(), f.manufacturer(),
					f.importer(), f.model(), f.caliber(), f.firearmType(), f.countryOfManufacture(), p.firstName(),
					p.lastName(), p.dob() == null ? null : p.dob().toString(), p.nationality(), r.incidentId(),
					r.criminalGroup(), t == null ? null : t.status(), t == null ? null : t.reason(),
					t == null ? null : t.usSourced(), t == null ? null : t.timeToCrimeDays(),
					t == null ? null : t.sourceState(), t == null ? null : t.dealerLicence(),
					t == null ? null : t.dealerName(), t == null ? null : t.tracedAt().toString(),
					t == null ? null : SharedPurchaser.of(t.purchaser()));
		}).toList();
	}
}
