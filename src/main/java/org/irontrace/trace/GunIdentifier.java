package org.irontrace.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.irontrace.catalog.Catalog;
import org.irontrace.catalog.FirearmDescription;
import org.irontrace.catalog.Manufacturer;
import org.irontrace.commerce.CustodyEvent;
import org.irontrace.commerce.FirearmIdentity;
import org.irontrace.commerce.LedgerFirearm;
import org.irontrace.recovery.Recovery;

/**
 * Finds the ledger firearm a recovered gun is, applying FORMATS.md's NOT_TRACED reasons in their
 * order. An exact serial wins; without one, look-alike and partial readings give candidates that
 * must agree with everything else the agency described (maker, importer, calibre, type).
 */
final class GunIdentifier {

	/** How many of an ambiguous reading's candidates are told apart by their sale (the page lists them all). */
	static final int CANDIDATES_DETAILED = 10;

	private final Catalog catalog;

	private final DescriptionFit fit;

	GunIdentifier(Catalog catalog) {
		this.catalog = catalog;
		this.fit = new DescriptionFit(catalog);
	}

	Identification identify(Recovery recovery, Evidence evidence) {
		SerialReading reading = SerialReading.of(recovery);
		if (reading == null) {
			return new Identification.NotIdentified(SerialReading.missingReason(recovery), List.of());
		}
		FirearmDescription described = recovery.firearm();
		List<LedgerFirearm> fitting = fitting(reading, described, evidence);
		if (fitting.isEmpty() && makerUnknown(described)) {
			// A maker name the catalogue does not know may be a spelling it has not met: the serial
			// and the rest of the description may still single the gun out.
			fitting = fitting(reading, described.withoutManufacturer(), evidence);
		}
		List<TraceResult.Candidate> ranked = rank(reading, described, fitting);
		boolean exactSingle = fitting.size() == 1 && !reading.partial()
				&& fitting.get(0).identity().serialKey().equals(reading.characters());
		if (fitting.size() == 1) {
			return new Identification.Identified(fitting.get(0), exactSingle ? List.of() : ranked);
		}
		if (described.manufacturerKey() == null) {
			return new Identification.NotIdentified(TraceReason.INSUFFICIENT_DESCRIPTION, ranked);
		}
		if (fitting.size() > 1) {
			return new Identification.NotIdentified(TraceReason.AMBIGUOUS, toldApart(ranked, fitting, recovery, evidence));
		}
		// "Never imported" rests on the import records the installation holds; an agency working
		// from the tracing authority's answers alone holds none, and then the gun is simply unknown.
		return new Identification.NotIdentified(madeAbroad(described) && evidence.holdsImportRecords()
				? TraceReason.FOREIGN_NOT_IMPORTED : TraceReason.NO_MANUFACTURER_RECORD, List.of());
	}

	/** Ledger firearms consistent with the reading and the description; exact serials first. */
	private List<LedgerFirearm> fitting(SerialReading reading, FirearmDescription described, Evidence evidence) {
		if (!reading.partial()) {
			List<LedgerFirearm> exact = evidence.firearmsWithSerial(reading.characters())
				.stream()
				.filter(firearm -> fit.fits(described, firearm))
				.toList();
			if (!exact.isEmpty()) {
				return DescriptionFit.preferSameImporter(described, exact);
			}
		}
		List<LedgerFirearm> alike = evidence.firearmsReadingAlike(reading.characters(), described.manufacturerKey())
			.stream()
			.filter(firearm -> fit.fits(described, firearm))
			.toList();
		return DescriptionFit.preferSameImporter(described, alike);
	}

	private List<TraceResult.Candidate> rank(SerialReading reading, FirearmDescription described,
			List<LedgerFirearm> fitting) {
		return fitting.stream()
			.map(firearm -> new TraceResult.Candidate(firearm.serialNumber(),
					catalog.manufacturer(firearm.manufacturer()).name(), CandidateScore.of(reading, described, firearm)))
			.sorted(Comparator.comparingDouble(TraceResult.Candidate::score)
				.reversed()
				.thenComparing(TraceResult.Candidate::serialNumber))
			.toList();
	}

	/**
	 * The best candidates of an ambiguous reading with what tells them apart: each one's model,
	 * calibre and first retail sale, read from its custody in one query. Only ambiguous traces pay
	 * for it; a gun found at once never does.
	 */
	private List<TraceResult.Candidate> toldApart(List<TraceResult.Candidate> ranked, List<LedgerFirearm> fitting,
			Recovery recovery, Evidence evidence) {
		Map<String, LedgerFirearm> byCandidate = new HashMap<>();
		fitting.forEach(firearm -> byCandidate.putIfAbsent(key(firearm.serialNumber(),
				catalog.manufacturer(firearm.manufacturer()).name()), firearm));
		List<LedgerFirearm> detailed = ranked.stream()
			.limit(CANDIDATES_DETAILED)
			.map(candidate -> byCandidate.get(key(candidate.serialNumber(), candidate.manufacturer())))
			.toList();
		Map<FirearmIdentity, List<CustodyEvent>> custody = evidence.custodyOf(
				detailed.stream().filter(firearm -> firearm != null).map(LedgerFirearm::identity).toList());
		List<TraceResult.Candidate> told = new ArrayList<>(ranked);
		for (int i = 0; i < detailed.size(); i++) {
			LedgerFirearm firearm = detailed.get(i);
			if (firearm != null) {
				CustodyEvent sale = ChainReading.of(custody.getOrDefault(firearm.identity(), List.of()),
						recovery.recoveryDate()).firstSale();
				told.set(i, ranked.get(i).withDetails(firearm.model(), firearm.caliber(), sale == null ? null
						: new TraceResult.CandidateSale(sale.fromLicence(), sale.fromBusinessName(), sale.fromState(),
								sale.date())));
			}
		}
		return told;
	}

	private static String key(String serialNumber, String manufacturer) {
		return serialNumber + '\u0000' + manufacturer;
	}

	private boolean makerUnknown(FirearmDescription described) {
		Manufacturer maker = catalog.manufacturer(described.manufacturer());
		return maker != null && !maker.known();
	}

	/**
	 * Made outside the US: as the agency says, or, when it does not say, because the maker makes no
	 * guns in the US.
	 */
	private boolean madeAbroad(FirearmDescription described) {
		String country = described.countryOfManufacture();
		if (country == null) {
			Manufacturer maker = catalog.manufacturer(described.manufacturer());
			country = maker != null && maker.known() && !maker.makesInUs() ? maker.country() : null;
		}
		return country != null && !country.equals("US");
	}
}
