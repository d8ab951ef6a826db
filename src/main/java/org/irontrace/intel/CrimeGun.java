package org.irontrace.intel;

import java.time.LocalDate;

/**
 * A recovered gun traced to a retail sale, as the person indicators read it; {@code reportedMultipleSale}
 * when the tracing authority's answer said the sale was part of a multiple sale.
 */
record CrimeGun(String agency, String recoveryId, LocalDate recoveryDate, String country, String adminArea,
		Integer timeToCrimeDays, String purchaserId, String possessorId, String calibreFamily, String firearmType,
		boolean serialObliterated, String licence, String dealerState, LocalDate saleDate, String makeModel, String serialNumber,
		boolean reportedMultipleSale) {

	/** Make, model, type and serial as the ledger writes them, in English. */
	String description() {
		return String.join(" ", java.util.stream.Stream.of(makeModel, firearmType, serialNumber == null ? null : "serial", serialNumber)
			.filter(s -> s != null && !s.isEmpty()).toList());
	}

	String reference() {
		return agency + "/" + recoveryId;
	}

	/** AK-pattern 7.62x39, AR-pattern .223/5.56 and .50 BMG rifles, FN 5.7x28 pistols (ATF, Everytown). */
	boolean cartelFavoured() {
		if (calibreFamily == null) {
			return false;
		}
		return switch (calibreFamily) {
			case "7.62x39mm", "5.56x45mm/.223", ".50 BMG" -> !"PISTOL".equals(firearmType) && !"REVOLVER".equals(firearmType);
			case "5.7x28mm" -> true;
			default -> false;
		};
	}

	boolean crossedBorder() {
		return country != null && !"US".equals(country) && dealerState != null;
	}

	boolean possessorIsSomeoneElse() {
		return possessorId != null && !possessorId.equals(purchaserId);
	}
}
