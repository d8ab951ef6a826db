package org.irontrace.webapp;

import java.util.Map;

/**
 * Where the map ends the flows of guns to a Mexican state: at the state's centre (the states
 * themselves are drawn as outlines from {@code atlas/mexico-states.json}).
 *
 * <p>Rough centres of the 32 federal entities (latitude, longitude in degrees, within about half a
 * degree), placed by eye inside each state as INEGI's Marco Geoestadístico draws it
 * (https://www.inegi.org.mx/temas/mg/); they place a symbol and are never used to measure. Keys are
 * the ISO 3166-2:MX codes without their {@code MX-} prefix, as recoveries name their state.
 */
final class MapPlaceCentres {

	private static final Map<String, double[]> MEXICO = Map.ofEntries(
			Map.entry("AGU", new double[] { 21.9, -102.3 }), Map.entry("BCN", new double[] { 30.6, -115.1 }),
			Map.entry("BCS", new double[] { 26.0, -111.7 }), Map.entry("CAM", new double[] { 18.8, -90.4 }),
			Map.entry("CHP", new double[] { 16.5, -92.5 }), Map.entry("CHH", new double[] { 28.8, -106.1 }),
			Map.entry("CMX", new double[] { 19.3, -99.1 }), Map.entry("COA", new double[] { 27.3, -102.0 }),
			Map.entry("COL", new double[] { 19.1, -103.9 }), Map.entry("DUR", new double[] { 24.9, -104.9 }),
			Map.entry("GUA", new double[] { 21.0, -101.0 }), Map.entry("GRO", new double[] { 17.6, -99.9 }),
			Map.entry("HID", new double[] { 20.5, -98.9 }), Map.entry("JAL", new double[] { 20.6, -103.6 }),
			Map.entry("MEX", new double[] { 19.4, -99.6 }), Map.entry("MIC", new double[] { 19.2, -101.9 }),
			Map.entry("MOR", new double[] { 18.7, -99.1 }), Map.entry("NAY", new double[] { 21.8, -104.9 }),
			Map.entry("NLE", new double[] { 25.6, -99.9 }), Map.entry("OAX", new double[] { 17.0, -96.4 }),
			Map.entry("PUE", new double[] { 19.0, -97.9 }), Map.entry("QUE", new double[] { 20.8, -99.9 }),
			Map.entry("ROO", new double[] { 19.6, -88.0 }), Map.entry("SLP", new double[] { 22.6, -100.4 }),
			Map.entry("SIN", new double[] { 25.0, -107.5 }), Map.entry("SON", new double[] { 29.7, -110.8 }),
			Map.entry("TAB", new double[] { 17.9, -92.6 }), Map.entry("TAM", new double[] { 24.3, -98.6 }),
			Map.entry("TLA", new double[] { 19.4, -98.2 }), Map.entry("VER", new double[] { 19.6, -96.6 }),
			Map.entry("YUC", new double[] { 20.8, -89.0 }), Map.entry("ZAC", new double[] { 23.3, -102.7 }));

	private MapPlaceCentres() {
	}

	/** The centre of a place, or null when the map has none (it then uses the country's centre). */
	static double[] centreOf(String country, String place) {
		return "MX".equals(country) && place != null ? MEXICO.get(place) : null;
	}
}
