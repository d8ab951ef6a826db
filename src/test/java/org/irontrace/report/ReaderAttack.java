package org.irontrace.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.irontrace.report.opendata.OpenDataCell;
import org.irontrace.report.opendata.OpenDataSet;
import org.irontrace.report.opendata.Relation;

/**
 * What a determined reader of the open data would do to learn a hidden count: take every relation
 * (and the difference of every two relations, across tables), and whenever one hidden cell is left
 * alone in it, subtract; repeat until nothing more comes out. Written apart from the suppression
 * code so that it does not share its blind spots.
 */
final class ReaderAttack {

	private ReaderAttack() {
	}

	/** The hidden cells the reader recovers, with the values worked out. */
	static Map<Integer, Long> recover(OpenDataSet data) {
		Map<Integer, Long> known = new HashMap<>();
		List<OpenDataCell> cells = data.cells();
		for (int i = 0; i < cells.size(); i++) {
			if (!cells.get(i).suppressed()) {
				known.put(i, cells.get(i).count());
			}
		}
		List<Map<Integer, Integer>> equations = new ArrayList<>();
		for (Relation relation : data.relations()) {
			equations.add(equation(relation));
		}
		int single = equations.size();
		for (int a = 0; a < single; a++) {
			for (int b = a + 1; b < single; b++) {
				Map<Integer, Integer> difference = new HashMap<>(equations.get(a));
				equations.get(b).forEach((cell, coefficient) -> difference.merge(cell, -coefficient, Integer::sum));
				difference.values().removeIf(c -> c == 0);
				equations.add(difference);
			}
		}
		Map<Integer, Long> recovered = new HashMap<>();
		boolean progress = true;
		while (progress) {
			progress = false;
			for (Map<Integer, Integer> equation : equations) {
				List<Integer> unknown = equation.keySet().stream().filter(c -> !known.containsKey(c)).toList();
				if (unknown.size() != 1) {
					continue;
				}
				int cell = unknown.get(0);
				int coefficient = equation.get(cell);
				if (Math.abs(coefficient) != 1) {
					continue;
				}
				long rest = 0;
				for (Map.Entry<Integer, Integer> term : equation.entrySet()) {
					if (term.getKey() != cell) {
						rest += term.getValue() * known.get(term.getKey());
					}
				}
				long value = -rest * coefficient;
				known.put(cell, value);
				recovered.put(cell, value);
				progress = true;
			}
		}
		return recovered;
	}

	/** parts - whole = 0, as coefficients per cell. */
	private static Map<Integer, Integer> equation(Relation relation) {
		Map<Integer, Integer> equation = new HashMap<>();
		relation.parts().forEach(part -> equation.merge(part, 1, Integer::sum));
		equation.merge(relation.whole(), -1, Integer::sum);
		equation.values().removeIf(c -> c == 0);
		return equation;
	}
}
