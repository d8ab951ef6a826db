package org.irontrace.simulation;

import java.util.List;

/** The calibration table as a JSON array, for ground_truth.json. */
final class CalibrationJson {

	private CalibrationJson() {
	}

	static String of(List<CalibrationFigure> figures) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < figures.size(); i++) {
			CalibrationFigure figure = figures.get(i);
			json.append(i == 0 ? "\n  " : ",\n  ")
				.append(new JsonObject().field("figure", figure.figure())
					.field("public_value", figure.publicValue())
					.field("source", figure.source())
					.field("simulated", Math.round(figure.simulated() * 10) / 10.0)
					.field("low", figure.low())
					.field("high", figure.high())
					.field("unit", figure.unit())
					.field("within", figure.within())
					.end());
		}
		return json.append("\n]").toString();
	}
}
