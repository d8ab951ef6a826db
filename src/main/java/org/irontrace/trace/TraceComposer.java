package org.irontrace.trace;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.irontrace.catalog.Catalog;
import org.irontrace.catalog.FirearmDescription;
import org.irontrace.catalog.Manufacturer;
import org.irontrace.commerce.CustodyEvent;
import org.irontrace.commerce.LedgerFirearm;
import org.irontrace.recovery.Recovery;

/** Puts an identification and a custody chain together into the trace result an analyst reads. */
final class TraceComposer {

	private final Catalog catalog;

	TraceComposer(Catalog catalog) {
		this.catalog = catalog;
	}

	TraceResult notTraced(Recovery recovery, Identification.NotIdentified outcome, Instant at) {
		Boolean usSourced = outcome.reason() == TraceReason.FOREIGN_NOT_IMPORTED ? Boolean.FALSE : null;
		return new TraceResult(UUID.randomUUID().toString(), recovery.agency(), recovery.recoveryId(), at,
				TraceStatus.NOT_TRACED, outcome.reason(), usSourced, described(recovery.firearm()), List.of(), null,
				null, outcome.candidates());
	}

	TraceResult traced(Recovery recovery, Identification.Identified outcome, List<CustodyEvent> custody, Instant at) {
		ChainReading reading = ChainReading.of(custody, recovery.recoveryDate());
		List<TraceResult.ChainLink> chain = reading.chain()
			.stream()
			.map(event -> new TraceResult.ChainLink(event.type().name(), event.date(), event.fromLicence(),
					event.toLicence(), event.source(), event.traceNumber(), event.sentBy()))
			.toList();
		return new TraceResult(UUID.randomUUID().toString(), recovery.agency(), recovery.recoveryId(), at,
				reading.status(), reading.reason(), reading.usSourced(), recorded(outcome.firearm()), chain,
				firstRetailSale(reading.firstSale()), reading.timeToCrimeDays(), outcome.candidates());
	}

	private static TraceResult.FirstRetailSale firstRetailSale(CustodyEvent sale) {
		if (sale == null) {
			return null;
		}
		CustodyEvent.Purchaser buyer = sale.purchaser();
		TraceResult.Purchaser purchaser = buyer == null ? null
				: new TraceResult.Purchaser(buyer.firstName(), buyer.lastName(), buyer.dob(), buyer.state());
		return new TraceResult.FirstRetailSale(sale.fromLicence(), sale.fromBusinessName(), sale.fromState(),
				sale.date(), purchaser);
	}

	private TraceResult.Firearm recorded(LedgerFirearm firearm) {
		return new TraceResult.Firearm(firearm.serialNumber(), displayName(firearm.manufacturer()),
				firearm.importer() == null ? null : displayName(firearm.importer()), firearm.model(),
				firearm.caliber(), firearm.firearmType(), firearm.countryOfManufacture());
	}

	private TraceResult.Firearm described(FirearmDescription firearm) {
		return new TraceResult.Firearm(firearm.serialNumber(), displayName(firearm.manufacturer()),
				firearm.importer() == null ? null : displayName(firearm.importer()), firearm.model(),
				firearm.caliber(), firearm.firearmType(), firearm.countryOfManufacture());
	}

	/** The catalogue's name for a known maker, the name as written otherwise. */
	private String displayName(String written) {
		Manufacturer maker = catalog.manufacturer(written);
		return maker == null ? null : maker.name();
	}
}
