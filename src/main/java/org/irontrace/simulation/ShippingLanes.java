package org.irontrace.simulation;

import java.util.List;

/**
 * The outbound lanes of the southbound simulation: ports of departure with the modes they serve and
 * their share of traffic, destinations, the goods lawful shippers declare (with how much a package
 * of each weighs and what a kilogram is worth), and forwarders. Figures are plausible orders of
 * magnitude, not measurements: south Florida carries most Caribbean cargo, the land ports most
 * Mexican traffic (Small Arms Survey 2024; DHS OIG 2023).
 */
final class ShippingLanes {

	private ShippingLanes() {
	}

	record Port(String code, String country, String state, List<String> modes, double share, boolean toMexico) {
	}

	record Destination(String port, String country, double share, boolean mexico) {
	}

	/**
	 * Declared goods: description, tariff headings, kilograms per package (mean, spread), dollars per
	 * kilogram (median), packages at most, share of lawful traffic.
	 */
	record Goods(String description, List<String> hsCodes, double kilograms, double kilogramSpread, double dollarsPerKilogram,
			int mostPackages, double share) {
	}

	static final List<Port> PORTS = List.of(
			new Port("MIA", "US", "FL", List.of("VESSEL", "AIR", "EXPRESS", "MAIL"), 0.34, false),
			new Port("PEV", "US", "FL", List.of("VESSEL"), 0.16, false),
			new Port("JAX", "US", "FL", List.of("VESSEL"), 0.06, false),
			new Port("JFK", "US", "NY", List.of("AIR", "EXPRESS", "MAIL"), 0.08, false),
			new Port("IAH", "US", "TX", List.of("VESSEL", "AIR"), 0.06, false),
			new Port("LRD", "US", "TX", List.of("TRUCK", "PASSENGER_VEHICLE"), 0.14, true),
			new Port("ELP", "US", "TX", List.of("TRUCK", "PASSENGER_VEHICLE"), 0.06, true),
			new Port("NOG", "US", "AZ", List.of("TRUCK", "PASSENGER_VEHICLE"), 0.05, true),
			new Port("SYS", "US", "CA", List.of("PASSENGER_VEHICLE", "TRUCK"), 0.05, true));

	static final List<Destination> OVERSEAS = List.of(new Destination("KIN", "JM", 0.16, false),
			new Destination("MBJ", "JM", 0.05, false), new Destination("PAP", "HT", 0.10, false),
			new Destination("POS", "TT", 0.07, false), new Destination("NAS", "BS", 0.07, false),
			new Destination("SDQ", "DO", 0.10, false), new Destination("BGI", "BB", 0.03, false),
			new Destination("GEO", "GY", 0.03, false), new Destination("PTY", "PA", 0.08, false),
			new Destination("CTG", "CO", 0.08, false), new Destination("YYZ", "CA", 0.08, false),
			new Destination("LHR", "GB", 0.06, false), new Destination("RTM", "NL", 0.05, false),
			new Destination("GRU", "BR", 0.04, false));

	static final List<Destination> ACROSS_THE_BORDER = List.of(new Destination("NLD", "MX", 0.45, true),
			new Destination("CJS", "MX", 0.2, true), new Destination("NGS", "MX", 0.15, true),
			new Destination("TIJ", "MX", 0.2, true));

	static final List<Goods> LAWFUL_GOODS = List.of(
			new Goods("Personal effects", List.of("980400", "630900"), 58, 16, 6, 4, 0.17),
			new Goods("Used clothing and shoes, personal effects", List.of("630900", "640399"), 55, 15, 5, 3, 0.07),
			new Goods("Household goods", List.of("940360", "732393", "841810"), 66, 22, 7, 5, 0.10),
			new Goods("Food products, canned goods and household goods", List.of("210690", "200599"), 62, 18, 4, 4, 0.06),
			new Goods("Toys", List.of("950300"), 9, 4, 18, 40, 0.05),
			new Goods("Auto parts", List.of("870899", "840991", "401110"), 30, 14, 12, 30, 0.09),
			new Goods("Electronics", List.of("851762", "852872"), 12, 5, 60, 30, 0.10),
			new Goods("Clothing", List.of("620342", "610910"), 15, 6, 25, 60, 0.08),
			new Goods("Machinery parts", List.of("843149", "848340"), 120, 60, 15, 12, 0.07),
			new Goods("Medical supplies", List.of("300590", "901890"), 10, 4, 40, 40, 0.06),
			new Goods("Hunting apparel and boots", List.of("621143", "640391"), 12, 5, 30, 20, 0.015),
			new Goods("Rifle scopes and binoculars", List.of("900510", "901380"), 6, 3, 150, 20, 0.01),
			new Goods("Sporting rifles and shotguns, export licence attached", List.of("930320", "930330"), 25, 8, 80, 6, 0.004),
			new Goods("Ammunition for licensed dealer", List.of("930621"), 30, 10, 20, 10, 0.002),
			new Goods("Building materials", List.of("690890", "732690"), 150, 60, 2, 20, 0.06));

	static final List<String> FORWARDERS = List.of("Atlantic Barrel Shippers", "Caribe Cargo Express", "Island Link Freight",
			"Sunshine Consolidators", "Kingston Express Shipping", "Haiti Cargo Services", "Tropical Freight Lines",
			"Gulfstream Logistics", "Bahamas Mail Boat Agents", "Antilles Forwarding", "Palm Beach Cargo",
			"Miami Global Freight", "Seaboard Partners", "Crowley Agents", "Tropic Consolidated", "DHL Express",
			"FedEx International", "UPS Worldwide", "Border Customs Brokers", "Laredo Forwarding", "Frontera Logistics",
			"Sonora Brokers", "Baja Cross Border", "Chihuahua Freight", "Rio Grande Brokers", "Union Express Cargo",
			"Caribbean Family Shipping", "Little Haiti Freight", "Dominican Cargo Link", "Trinidad Freight Agents");

	static final List<String> GIVEN_NAMES = List.of("James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "David",
			"Linda", "Carlos", "Maria", "Jose", "Ana", "Luis", "Rosa", "Jean", "Marie", "Pierre", "Claudette", "Andre",
			"Nadine", "Winston", "Marcia", "Desmond", "Sharon", "Devon", "Keisha", "Andre", "Tanisha", "Juan", "Guadalupe",
			"Miguel", "Carmen", "Jorge", "Elena", "Ricardo", "Sandra", "Kevin", "Natalie", "Omar", "Yolanda");

	static final List<String> SURNAMES = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
			"Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
			"Moore", "Jackson", "Martin", "Pierre", "Jean-Baptiste", "Joseph", "Charles", "Louis", "Campbell", "Brown",
			"Clarke", "Reid", "Francis", "Grant", "Morgan", "Bailey", "Richards", "Ramirez", "Torres", "Flores", "Rivera",
			"Gomez", "Diaz", "Cruz", "Morales", "Ortiz", "Gutierrez", "Chavez", "Ramos", "Ruiz", "Alvarez", "Mendoza",
			"Castillo", "Jimenez", "Romero", "Herrera", "Medina", "Aguilar", "Vargas", "Castro", "Guzman", "Salazar",
			"Baptiste", "Dorsainvil", "Toussaint", "Etienne", "Desir", "Beckford", "Thompson", "Powell", "Gordon",
			"Simpson", "Henry");

	static final List<String> STREETS = List.of("NW 7th Ave", "NE 2nd Ave", "SW 8th St", "Biscayne Blvd", "NW 54th St",
			"N Miami Ave", "Flagler St", "Hollywood Blvd", "Sunrise Blvd", "Broward Blvd", "Main St", "Oak St",
			"Pine St", "Maple Ave", "Cedar Ln", "Elm St", "Washington Ave", "Lake Ave", "Hill St", "Park Ave");

	static final List<String> CITIES = List.of("Miami,FL,33127", "Fort Lauderdale,FL,33311", "Hollywood,FL,33020",
			"Orlando,FL,32805", "Lauderhill,FL,33313", "Brooklyn,NY,11226", "Houston,TX,77036", "Laredo,TX,78040",
			"El Paso,TX,79905", "Tucson,AZ,85713", "San Diego,CA,92154", "Atlanta,GA,30310", "Jacksonville,FL,32209");
}
