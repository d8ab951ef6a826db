package org.irontrace.trace;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.irontrace.access.Visibility;
import org.irontrace.catalog.Catalog;
import org.irontrace.catalog.FirearmDescription;
import org.irontrace.commerce.Ledger;
import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.NotFoundException;
import org.irontrace.recovery.Recoveries;
import org.irontrace.recovery.Recovery;
import org.springframework.stereotype.Service;

/**
 * An analyst settles which ledger gun a recovered one is, among the candidates a trace listed (a
 * partial or look-alike serial, several guns fitting). The recovery is traced again as that gun and
 * the new result is stored beside the earlier ones, so the history shows both the open question
 * and the answer the analyst chose.
 */
@Service
public class CandidateConfirmation {

	private final TraceService traces;

	private final Recoveries recoveries;

	private final Ledger ledger;

	private final TraceStore store;

	private final Catalog catalog;

	private final GunIdentifier identifier;

	private final TraceComposer composer;

	CandidateConfirmation(TraceService traces, Recoveries recoveries, Ledger ledger, TraceStore store,
			Catalog catalog) {
		this.traces = traces;
		this.recoveries = recoveries;
		this.ledger = ledger;
		this.store = store;
		this.catalog = catalog;
		this.identifier = new GunIdentifier(catalog);
		this.composer = new TraceComposer(catalog);
	}

	/**
	 * Traces the recovery of {@code traceId} again as the chosen candidate. Only a candidate the
	 * trace listed may be chosen, and only on a trace the caller may see; the answer withholds the
	 * purchaser as reading a trace does.
	 */
	public TraceResult confirm(String traceId, String serialNumber, String manufacturer, Visibility visibility) {
		TraceResult earlier = traces.findTrace(traceId, visibility)
			.orElseThrow(() -> new NotFoundException("No trace " + traceId));
		TraceResult.Candidate chosen = chosen(earlier, serialNumber, manufacturer)
			.orElseThrow(() -> new BadRequestException("Serial " + serialNumber + " of " + manufacturer
					+ " is not a candidate of trace " + traceId));
		Recovery recovery = recoveries.findRecovery(earlier.agency(), earlier.recoveryId())
			.orElseThrow(() -> new NotFoundException("No recovery " + earlier.recoveryId()));
		Recovery asChosen = asChosen(recovery, chosen);
		Identification identification = identifier.identify(asChosen, new LedgerEvidence(ledger));
		Instant now = Instant.now();
		TraceResult result;
		if (identification instanceof Identification.Identified found) {
			var chains = ledger.custodyOf(List.of(found.firearm().identity()));
			result = composer.traced(recovery, withHistory(found, earlier), chains.get(found.firearm().identity()), now);
		}
		else {
			result = composer.notTraced(recovery, (Identification.NotIdentified) identification, now);
		}
		store.save(List.of(result));
		return visibility.seesPersonalDataOf(result.agency()) ? result : TraceRedaction.withoutPurchaser(result);
	}

	private static Optional<TraceResult.Candidate> chosen(TraceResult trace, String serial, String manufacturer) {
		return trace.candidates() == null ? Optional.empty()
				: trace.candidates()
					.stream()
					.filter(c -> c.serialNumber().equals(serial) && c.manufacturer().equals(manufacturer))
					.findFirst();
	}

	/** The recovery as if the agency had read the chosen gun's serial and maker on it. */
	private Recovery asChosen(Recovery recovery, TraceResult.Candidate chosen) {
		FirearmDescription described = recovery.firearm();
		FirearmDescription firearm = FirearmDescription.of(catalog, chosen.serialNumber(), chosen.manufacturer(),
				described.importer(), described.model(), described.caliber(), described.firearmType(),
				described.countryOfManufacture());
		return new Recovery(recovery.agency(), recovery.recoveryId(), recovery.recoveryDate(), recovery.country(),
				recovery.adminArea(), recovery.city(), recovery.crimeCode(), false, null, firearm, recovery.possessor());
	}

	/** The confirmed result keeps the candidates it was chosen from, so the choice stays explained. */
	private static Identification.Identified withHistory(Identification.Identified found, TraceResult earlier) {
		return new Identification.Identified(found.firearm(), earlier.candidates());
	}
}
