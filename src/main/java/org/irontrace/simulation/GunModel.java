package org.irontrace.simulation;

import java.util.List;

/**
 * One line of the catalogue: a make and model as marked on the gun, who imports it into the US
 * (null for US-made guns and for foreign guns never imported), and how often each market sees it.
 */
record GunModel(int line, String maker, List<String> makerAliases, String makerState, String importer,
		List<String> importerAliases, String importerState, String country, String model, String caliber,
		List<String> caliberVariants, GunType type, String serialPattern) {

	boolean madeInUs() {
		return "US".equals(country);
	}

	boolean imported() {
		return importer != null;
	}

	/** AK- and AR-pattern rifles, which recovering agencies often describe by pattern, not model. */
	String pattern() {
		if (type != GunType.RIFLE) {
			return null;
		}
		if (caliber.startsWith("7.62X39")) {
			return "AK";
		}
		return caliber.startsWith("5.56") || caliber.startsWith(".223") ? "AR" : null;
	}
}
