package org.irontrace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How firearm types written in English, Spanish and French are read. */
class FirearmTypeNamesTest {

	private final Catalog catalog = new Catalog();

	@ParameterizedTest
	@EnumSource(FirearmType.class)
	void theFormatNamesAreRead(FirearmType type) {
		assertThat(FirearmType.parse(type.name())).contains(type);
		assertThat(FirearmType.parse(type.name().toLowerCase())).contains(type);
	}

	@Test
	void machineGunMayBeWrittenWithASpace() {
		assertThat(FirearmType.parse("Machine Gun")).contains(FirearmType.MACHINE_GUN);
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "PISTOLA;PISTOL", "Pistolet;PISTOL", "pistola escuadra;PISTOL",
			"REVÓLVER;REVOLVER", "revolver;REVOLVER", "FUSIL;RIFLE", "Fusil de asalto;RIFLE", "CARABINA;RIFLE",
			"Carabine;RIFLE", "fusil d'assaut;RIFLE", "ESCOPETA;SHOTGUN", "fusil de chasse;SHOTGUN",
			"Fusil à pompe;SHOTGUN", "AMETRALLADORA;MACHINE_GUN", "subametralladora;MACHINE_GUN",
			"MITRAILLEUSE;MACHINE_GUN", "Submachine gun;MACHINE_GUN", "pistolet mitrailleur;MACHINE_GUN",
			"RECEPTOR;RECEIVER", "ARMAZÓN;RECEIVER", "carcasse;RECEIVER", "Frame;RECEIVER", "lower receiver;RECEIVER",
			"OTRO;OTHER" })
	void typesAreReadInThreeLanguages(String written, FirearmType type) {
		assertThat(catalog.firearmType(written)).contains(type);
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "PISTOLA SEMIAUTOMATICA CAL. 9MM;PISTOL", "Semi-automatic pistol;PISTOL",
			"ESCOPETA CALIBRE 12;SHOTGUN", "Pistol grip shotgun;SHOTGUN", "ARMAZON DE PISTOLA;RECEIVER",
			"AR-15 rifle receiver;RECEIVER", "PISTOLA AMETRALLADORA UZI;MACHINE_GUN", "REVOLVER CAL .38;REVOLVER" })
	void theTypeIsFoundInALongerDescription(String written, FirearmType type) {
		assertThat(catalog.firearmType(written)).contains(type);
	}

	@ParameterizedTest
	@ValueSource(strings = { "HANDGUN", "arma corta", "ARMA LARGA", "pistolero", "" })
	void wordsThatNameNoSingleTypeAreLeftUnknown(String written) {
		assertThat(catalog.firearmType(written)).isEmpty();
	}

	@Test
	void nothingWrittenIsNoType() {
		assertThat(FirearmType.parse(null)).isEmpty();
	}
}
