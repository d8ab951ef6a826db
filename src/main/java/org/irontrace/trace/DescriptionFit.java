package org.irontrace.trace;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.irontrace.catalog.Calibre;
import org.irontrace.catalog.Catalog;
import org.irontrace.catalog.FirearmDescription;
import org.irontrace.catalog.FirearmType;
import org.irontrace.catalog.Manufacturer;
import org.irontrace.commerce.LedgerFirearm;

/**
 * Whether a ledger firearm is consistent with what the agency described. A field counts only when
 * both sides state it in words the catalogue understands: a missing or unrecognised calibre or
 * importer ({@code .38}, {@code HANDGUN}, {@code TAURUS INTL MFG}) never excludes a candidate, a
 * different known one does. The maker is part of a gun's identity and always counts.
 */
final class DescriptionFit {

	private final Catalog catalog;

	DescriptionFit(Catalog catalog) {
		this.catalog = catalog;
	}

	boolean fits(FirearmDescription described, LedgerFirearm firearm) {
		return agrees(described.manufacturerKey(), firearm.identity().manufacturerKey())
				&& agrees(knownCalibre(described.caliber()), knownCalibre(firearm.caliber()))
				&& agrees(knownType(described.firearmType()), knownType(firearm.firearmType()))
				&& importerFits(knownMaker(described.importer()), knownMaker(firearm.importer()));
	}

	/**
	 * When the agency named an importer, guns the ledger marks with that importer are preferred to
	 * guns whose records named none.
	 */
	static List<LedgerFirearm> preferSameImporter(FirearmDescription described, List<LedgerFirearm> firearms) {
		if (described.importerKey() == null || firearms.size() < 2) {
			return firearms;
		}
		List<LedgerFirearm> same = firearms.stream()
			.filter(firearm -> described.importerKey().equals(firearm.identity().importerKey()))
			.toList();
		return same.isEmpty() ? firearms : same;
	}

	private String knownCalibre(String written) {
		Calibre calibre = catalog.calibre(written);
		return calibre != null && calibre.known() ? calibre.family() : null;
	}

	private String knownMaker(String written) {
		Manufacturer maker = catalog.manufacturer(written);
		return maker != null && maker.known() ? maker.key() : null;
	}

	private String knownType(String written) {
		Optional<FirearmType> type = catalog.firearmType(written);
		return type.map(Enum::name).orElse(null);
	}

	private static boolean agrees(String described, String recorded) {
		return described == null || recorded == null || Objects.equals(described, recorded);
	}

	/** An importer contradicts only when both sides name one the catalogue knows. */
	private static boolean importerFits(String described, String recorded) {
		return agrees(described, recorded);
	}
}
