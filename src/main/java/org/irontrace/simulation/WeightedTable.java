package org.irontrace.simulation;

import java.util.ArrayList;
import java.util.List;

/** Items drawn in proportion to their weights, by binary search over the running totals. */
final class WeightedTable<T> {

	private final List<T> items = new ArrayList<>();

	private double[] cumulative = new double[8];

	private double total;

	void add(T item, double weight) {
		if (weight <= 0) {
			return;
		}
		if (items.size() == cumulative.length) {
			cumulative = java.util.Arrays.copyOf(cumulative, cumulative.length * 2);
		}
		total += weight;
		cumulative[items.size()] = total;
		items.add(item);
	}

	boolean isEmpty() {
		return items.isEmpty();
	}

	List<T> items() {
		return items;
	}

	T draw(Dice dice) {
		if (items.isEmpty()) {
			throw new IllegalStateException("nothing to draw from");
		}
		double target = dice.uniform() * total;
		int low = 0;
		int high = items.size() - 1;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (cumulative[middle] > target) {
				high = middle;
			}
			else {
				low = middle + 1;
			}
		}
		return items.get(low);
	}
}
