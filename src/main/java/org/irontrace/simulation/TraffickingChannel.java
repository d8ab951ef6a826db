package org.irontrace.simulation;

/**
 * How guns leave lawful commerce, with the share of trafficking cases each accounts for (ATF,
 * National Firearms Commerce and Trafficking Assessment vol. III: straw purchase about 40%, unlicensed
 * dealing about 40%, online 7%, gun shows 3%; theft from dealers and owners makes up the rest).
 */
enum TraffickingChannel {

	STRAW_PURCHASE(40), UNLICENSED_DEALING(40), THEFT(10), ONLINE(7), GUN_SHOW(3);

	final double sharePercent;

	TraffickingChannel(double sharePercent) {
		this.sharePercent = sharePercent;
	}

	static double[] shares() {
		TraffickingChannel[] channels = values();
		double[] shares = new double[channels.length];
		for (int i = 0; i < channels.length; i++) {
			shares[i] = channels[i].sharePercent;
		}
		return shares;
	}
}
