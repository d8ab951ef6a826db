package org.irontrace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The lists shipped in catalog/*.tsv are complete enough and consistent. */
class CatalogListsTest {

	@Test
	void theMakersMostSeenInCrimeGunTracesAreKnown() {
		MakerNames makers = MakerNames.fromFile();

		assertThat(makers.makers()).hasSizeGreaterThanOrEqualTo(40);
		assertThat(makers.makers()).extracting(Manufacturer::name)
			.contains("Smith & Wesson", "Glock", "Ruger", "Taurus", "Colt", "Century Arms", "Romarm", "Barrett",
					"FN Herstal", "SIG Sauer", "Springfield Armory", "Hi-Point", "Kel-Tec", "Beretta", "Bersa",
					"Norinco", "Zastava", "Palmetto State Armory", "Anderson Manufacturing", "Diamondback",
					"Heckler & Koch", "Daniel Defense", "Remington", "Mossberg", "Savage", "Marlin", "Winchester",
					"Browning", "Kimber", "CZ", "Jimenez Arms", "Bushmaster", "DPMS", "Armscor", "Canik", "Heritage",
					"Charter Arms", "Walther", "Llama", "Star", "Polymer80");
	}

	@Test
	void everyMakerIsKeyedByItsUpperCasedNameAndFoundByIt() {
		Catalog catalog = new Catalog();
		for (Manufacturer maker : MakerNames.fromFile().makers()) {
			assertThat(maker.key()).isEqualTo(maker.name().toUpperCase(Locale.ROOT));
			assertThat(catalog.manufacturer(maker.name())).isEqualTo(maker);
			assertThat(catalog.manufacturer(maker.key())).isEqualTo(maker);
			assertThat(maker.known()).isTrue();
		}
	}

	@Test
	void theCalibreFamiliesAskedForAreKnown() {
		assertThat(CalibreFamilies.fromFile().families()).contains("9x19mm", "5.56x45mm/.223", "7.62x39mm",
				".50 BMG", "5.7x28mm", ".38 Special", ".38 Super", ".357 Magnum", ".45 ACP", ".40 S&W", ".380 ACP",
				".22 LR", ".22 Magnum", ".25 ACP", ".32 ACP", "10mm Auto", "7.62x51mm/.308", ".30-06", "7.62x54R",
				"12 gauge", "20 gauge", ".410 bore", ".44 Magnum", "5.45x39mm", ".300 Blackout", "9x18mm Makarov");
	}

	@Test
	void everyFamilyIsFoundByItsOwnName() {
		Catalog catalog = new Catalog();
		for (String family : CalibreFamilies.fromFile().families()) {
			assertThat(catalog.calibre(family)).isEqualTo(new Calibre(family, true));
		}
	}

	@Test
	void theListsAreReadOnceAndShared() {
		assertThat(MakerNames.fromFile()).isSameAs(MakerNames.fromFile());
		assertThat(CalibreFamilies.fromFile()).isSameAs(CalibreFamilies.fromFile());
	}
}
