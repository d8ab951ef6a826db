package org.irontrace.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.irontrace.catalog.Catalog;
import org.irontrace.catalog.FirearmDescription;
import org.irontrace.commerce.LedgerFirearm;
import org.irontrace.recovery.Recovery;
import org.junit.jupiter.api.Test;

/**
 * "Never imported" is a statement about the import records an installation holds: with a US ledger
 * that has them, a foreign-made gun it does not know is not US-sourced; with no ledger at all (an
 * agency working from the tracing authority's answers), the same gun is merely not known, so it does
 * not weigh on the US-sourced share as if its origin were established.
 */
class ForeignGunWithoutLedgerTest {

	private final Catalog catalog = new Catalog();

	@Test
	void aForeignGunIsNeverImportedOnlyWhereImportRecordsAreHeld() {
		Recovery taken = new Recovery("MX-FGR", "R1", LocalDate.of(2022, 5, 1), "MX", "SON", "Nogales", "HOMICIDE", false,
				null, FirearmDescription.of(catalog, "AK123456", "Norinco", null, "Type 56", "7.62x39", "RIFLE", "CN"),
				null);
		GunIdentifier identifier = new GunIdentifier(catalog);

		Identification withLedger = identifier.identify(taken, new KnownNothing(true));
		Identification withoutLedger = identifier.identify(taken, new KnownNothing(false));

		assertThat(((Identification.NotIdentified) withLedger).reason()).isEqualTo(TraceReason.FOREIGN_NOT_IMPORTED);
		assertThat(((Identification.NotIdentified) withoutLedger).reason()).isEqualTo(TraceReason.NO_MANUFACTURER_RECORD);
	}

	/** A ledger that knows no gun of this serial, with or without import records of its own. */
	private record KnownNothing(boolean importRecords) implements Evidence {

		@Override
		public List<LedgerFirearm> firearmsWithSerial(String serialKey) {
			return List.of();
		}

		@Override
		public List<LedgerFirearm> firearmsReadingAlike(String serialReading, String manufacturerKey) {
			return List.of();
		}

		@Override
		public boolean holdsImportRecords() {
			return importRecords;
		}

		@Override
		public java.util.Map<org.irontrace.commerce.FirearmIdentity, List<org.irontrace.commerce.CustodyEvent>> custodyOf(
				java.util.Collection<org.irontrace.commerce.FirearmIdentity> firearms) {
			return java.util.Map.of();
		}
	}
}
