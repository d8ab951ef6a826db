package org.irontrace.simulation;

/**
 * Who holds the lawful guns of one recovering country, and which of them leak to criminals. These
 * are this simulator's assumptions, not published figures: Mexico's diverted guns are few and come
 * mostly from police and army (SEDENA) stocks; in the Caribbean licensed civilians and security
 * companies lose or sell guns; Haiti's police armouries are looted (UN Panel of Experts reports).
 *
 * @param divertedShare share of the country's recovered crime guns that are its own registry's guns
 * @param holders registry holder mix: person, security company, police, military
 * @param diverted holder mix of the guns that were diverted
 */
record NationalRegistry(String prefix, double divertedShare, double[] holders, double[] diverted, String police,
		String military) {

	static final String[] HOLDER_TYPES = { "PERSON", "SECURITY_COMPANY", "POLICE", "MILITARY" };

	static NationalRegistry of(String country) {
		return switch (country) {
			case "MX" -> new NationalRegistry("RFAF", 0.02, mix(55, 10, 25, 10), mix(5, 10, 55, 30),
					"Secretaría de Seguridad Pública", "SEDENA");
			case "JM" -> new NationalRegistry("FLA", 0.08, mix(75, 15, 8, 2), mix(60, 25, 13, 2),
					"Jamaica Constabulary Force", "Jamaica Defence Force");
			case "TT" -> new NationalRegistry("TTPS-FUL", 0.06, mix(70, 15, 12, 3), mix(55, 30, 12, 3),
					"Trinidad and Tobago Police Service", "Trinidad and Tobago Defence Force");
			case "BS" -> new NationalRegistry("RBPF-FL", 0.03, mix(80, 10, 8, 2), mix(60, 25, 15, 0),
					"Royal Bahamas Police Force", "Royal Bahamas Defence Force");
			case "HT" -> new NationalRegistry("DCPA", 0.12, mix(40, 25, 30, 5), mix(25, 20, 50, 5),
					"Police Nationale d'Haïti", "Forces Armées d'Haïti");
			case "DO" -> new NationalRegistry("MIP", 0.10, mix(65, 20, 10, 5), mix(40, 35, 15, 10),
					"Policía Nacional", "Ejército de República Dominicana");
			default -> null;
		};
	}

	private static double[] mix(double person, double security, double police, double military) {
		return new double[] { person, security, police, military };
	}

	String holderType(double[] weights, Dice dice) {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		double roll = dice.uniform() * total;
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return HOLDER_TYPES[i];
			}
		}
		return HOLDER_TYPES[0];
	}
}
