package org.irontrace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Agencies write a group's name however they write it; the catalogue reads it as one group, or keeps it as written. */
class CriminalGroupNamesTest {

	private final Catalog catalog = new Catalog();

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = ';', value = {
			"CJNG; CJNG",
			"cjng; CJNG",
			"Cártel de Jalisco Nueva Generación; CJNG",
			"CARTEL JALISCO NUEVA GENERACION; CJNG",
			"Jalisco New Generation Cartel; CJNG",
			"Cártel de Sinaloa; SINALOA",
			"Sinaloa Cartel; SINALOA",
			"C.D.S.; SINALOA",
			"Los Chapitos; SINALOA",
			"La Mayiza; SINALOA",
			"Cártel del Golfo; GOLFO",
			"Gulf Cartel; GOLFO",
			"Los Zetas; ZETAS_CDN",
			"Cártel del Noreste; ZETAS_CDN",
			"La Familia Michoacana; FAMILIA_MICHOACANA",
			"Carteles Unidos; CARTELES_UNIDOS",
			"Beltran-Leyva; BELTRAN_LEYVA",
			"La Línea; JUAREZ",
			"Juarez cartel; JUAREZ",
			"Santa Rosa de Lima; SANTA_ROSA_DE_LIMA",
			"Guerreros Unidos; GUERREROS_UNIDOS",
			"Shower Posse; SHOWER_POSSE",
			"Klansman Gang; CLANSMAN",
			"clansman; CLANSMAN",
			"One Order; ONE_ORDER",
			"Spanglers; SPANGLERS",
			"Tivoli gang; TIVOLI",
			"Rasta City; RASTA_CITY",
			"Muslims; MUSLIMS_JAMAAT",
			"Jamaat; MUSLIMS_JAMAAT",
			"Unruly ISIS; UNRULY_ISIS",
			"Viv Ansanm; VIV_ANSANM",
			"Vivre ensemble; VIV_ANSANM",
			"400 Mawozo; 400_MAWOZO",
			"G-9; G9",
			"G9 an Fanmi e Alye; G9",
			"G-Pèp; G_PEP",
			"GPEP; G_PEP",
			"Gran Grif; GRAN_GRIF",
			"Katèl Sinaloa; SINALOA",
			"katel jalisco nouvel jenerasyon; CJNG",
			"Gang Tivoli; TIVOLI",
			"Sinaloa-kartel; SINALOA",
			"Golfkartel; GOLFO",
			"Kartel van Santa Rosa de Lima; SANTA_ROSA_DE_LIMA",
			"Clansman-bende; CLANSMAN" })
	void aKnownGroupIsReadWhateverTheAccentsCasePunctuationAndAlias(String written, String key) {
		CriminalGroup group = catalog.criminalGroup(written);
		assertThat(group.key()).isEqualTo(key);
		assertThat(group.known()).isTrue();
	}

	@Test
	void aKnownGroupHasItsNameInEachLanguage() {
		CriminalGroup cjng = catalog.criminalGroup("cjng");
		assertThat(cjng.name(Locale.forLanguageTag("es"))).isEqualTo("Cártel de Jalisco Nueva Generación (CJNG)");
		assertThat(cjng.name(Locale.ENGLISH)).isEqualTo("Jalisco New Generation Cartel (CJNG)");
		assertThat(cjng.name(Locale.FRENCH)).isEqualTo("Cartel de Jalisco Nouvelle Génération (CJNG)");
		assertThat(cjng.name(Locale.forLanguageTag("ht"))).isEqualTo("Katèl Jalisco Nouvèl Jenerasyon (CJNG)");
		assertThat(cjng.name(Locale.forLanguageTag("nl"))).isEqualTo("Kartel Jalisco Nieuwe Generatie (CJNG)");
		assertThat(cjng.name(Locale.GERMAN)).as("English when the language has none").isEqualTo(cjng.name());
		assertThat(cjng.countries()).containsExactly("MX");
		assertThat(catalog.criminalGroupOfKey("CJNG")).isEqualTo(cjng);
	}

	@Test
	void anUnknownNameIsKeptAsWrittenAndKeyedByItsFoldedForm() {
		CriminalGroup viagras = catalog.criminalGroup("  Los Viagras ");
		assertThat(viagras.known()).isFalse();
		assertThat(viagras.key()).isEqualTo("LOS VIAGRAS");
		assertThat(viagras.name()).isEqualTo("Los Viagras");
		assertThat(viagras.name(Locale.forLanguageTag("ht"))).isEqualTo("Los Viagras");
		assertThat(viagras.name(Locale.forLanguageTag("nl"))).isEqualTo("Los Viagras");
		assertThat(catalog.criminalGroup("los viágras").key()).as("the same group however written").isEqualTo("LOS VIAGRAS");
		assertThat(catalog.criminalGroupOfKey("LOS VIAGRAS").name()).isEqualTo("LOS VIAGRAS");
		assertThat(catalog.criminalGroup("  ")).isNull();
		assertThat(catalog.criminalGroup(null)).isNull();
	}

	@Test
	void theListNamesTheGroupsThePublicSourcesName() {
		assertThat(catalog.knownCriminalGroups()).extracting(CriminalGroup::key)
			.contains("CJNG", "SINALOA", "GOLFO", "ZETAS_CDN", "SHOWER_POSSE", "CLANSMAN", "RASTA_CITY", "VIV_ANSANM", "G9")
			.doesNotHaveDuplicates();
	}
}
