package org.irontrace.simulation;

import java.io.PrintStream;
import java.util.List;

/** Prints the calibration figures as a text table. */
final class CalibrationTable {

	private CalibrationTable() {
	}

	static void print(List<CalibrationFigure> figures, PrintStream out) {
		String format = "%-68s %-44s %-22s %10s %16s  %s%n";
		out.printf(format, "figure", "public value", "source", "simulated", "tolerance", "");
		for (CalibrationFigure figure : figures) {
			out.printf(format, figure.figure(), figure.publicValue(), figure.source(), figure.simulatedText(),
					figure.tolerance(), figure.within() ? "within" : "OUTSIDE");
		}
		long outside = figures.stream().filter(figure -> !figure.within()).count();
		out.println(outside == 0 ? "All figures within tolerance." : outside + " figure(s) outside tolerance.");
	}
}
