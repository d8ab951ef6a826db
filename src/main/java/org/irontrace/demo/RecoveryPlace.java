package org.irontrace.demo;

import java.util.List;

/** Where the showcase agencies recover guns, and for what crimes. */
record RecoveryPlace(String country, String adminArea, String city, String crimeCode) {

	private static final List<RecoveryPlace> MEXICO = List.of(new RecoveryPlace("MX", "TAM", "Reynosa", ""),
			new RecoveryPlace("MX", "TAM", "Nuevo Laredo", ""), new RecoveryPlace("MX", "NLE", "Monterrey", ""),
			new RecoveryPlace("MX", "CHH", "Ciudad Juárez", ""), new RecoveryPlace("MX", "SON", "Nogales", ""),
			new RecoveryPlace("MX", "SIN", "Culiacán", ""), new RecoveryPlace("MX", "BCN", "Tijuana", ""),
			new RecoveryPlace("MX", "JAL", "Guadalajara", ""));

	private static final List<String> CRIMES = List.of("ORGANIZED_CRIME", "HOMICIDE", "DRUG_TRAFFICKING",
			"WEAPONS_OFFENSE", "ASSAULT", "BORDER_SEIZURE", "FOUND_FIREARM");

	static RecoveryPlace of(String agency, int hash) {
		int spread = Math.floorMod(hash, 1000);
		String crime = CRIMES.get(spread % CRIMES.size());
		RecoveryPlace place = switch (agency) {
			case "JM-JCF" -> new RecoveryPlace("JM", "01", "Kingston", "");
			case "TT-TTPS" -> new RecoveryPlace("TT", "POS", "Port of Spain", "");
			case "BS-RBPF" -> new RecoveryPlace("BS", "NP", "Nassau", "");
			default -> MEXICO.get(spread % MEXICO.size());
		};
		return new RecoveryPlace(place.country(), place.adminArea(), place.city(), crime);
	}
}
