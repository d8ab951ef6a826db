package org.irontrace.trace;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.irontrace.catalog.Calibre;
import org.irontrace.catalog.Catalog;
import org.irontrace.catalog.FirearmDescription;
import org.irontrace.catalog.FirearmType;
import org.irontrace.commerce.LedgerFirearm;

/**
 * Whether a ledger firearm is consistent with what the agency described. A field counts only when
 * both sides state it in words the catalogue understands: a missing or unrecognised calibre
 * ({@code .38}, {@code HANDGUN}) never excludes a candidate, a different known one does.
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
				&& importerFits(described.importerKey(), firearm.identity().importerKey());
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

	private String knownType(String written) {
		Optional<FirearmType> type = catalog.firearmType(written);
		return type.map(Enum::name).orElse(null);
	}

	private static boolean agrees(String described, String recorded) {
		return described == null || recorded == null || Objects.equals(described, recorded);
	}

	/** A ledger importer of '' means the records named none: it cannot contradict the agency. */
	private static boolean importerFits(String described, String recorded) {
		return described == null || recorded == null || recorded.isEmpty() || described.equals(recorded);
	}
}
