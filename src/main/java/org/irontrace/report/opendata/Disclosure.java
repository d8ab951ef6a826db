package org.irontrace.report.opendata;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which hidden cells a reader can work out exactly from the visible cells and the additive
 * relations, by any combination of sums and differences (not just one subtraction at a time).
 *
 * <p>Write every relation as a linear equation in the hidden cells. A hidden cell is determined
 * exactly when its unit vector lies in the row space of that system; with the system in reduced
 * row echelon form that means some row has its only non-zero entry in that cell's column. This is
 * the "linear attack" of statistical disclosure control (Hundepool et al., Statistical Disclosure
 * Control, Wiley 2012, ch. 5); it ignores what a reader learns from the bounds (counts are 0 or
 * more), which protection by at least two hidden cells per relation keeps wide.
 */
final class Disclosure {

	private static final double EPSILON = 1e-9;

	private Disclosure() {
	}

	static BitSet determined(List<Relation> relations, BitSet hidden, int cells) {
		int[] column = new int[cells];
		List<Integer> hiddenCells = new ArrayList<>();
		for (int cell = hidden.nextSetBit(0); cell >= 0; cell = hidden.nextSetBit(cell + 1)) {
			column[cell] = hiddenCells.size();
			hiddenCells.add(cell);
		}
		List<double[]> rows = new ArrayList<>();
		for (Relation relation : relations) {
			double[] row = new double[hiddenCells.size()];
			boolean any = false;
			if (hidden.get(relation.whole())) {
				row[column[relation.whole()]] -= 1;
				any = true;
			}
			for (int part : relation.parts()) {
				if (hidden.get(part)) {
					row[column[part]] += 1;
					any = true;
				}
			}
			if (any) {
				rows.add(row);
			}
		}
		double[][] matrix = rows.toArray(double[][]::new);
		reduce(matrix, hiddenCells.size());
		BitSet determined = new BitSet(cells);
		for (double[] row : matrix) {
			int nonZero = -1;
			int count = 0;
			for (int c = 0; c < row.length; c++) {
				if (Math.abs(row[c]) > EPSILON) {
					nonZero = c;
					count++;
				}
			}
			if (count == 1) {
				determined.set(hiddenCells.get(nonZero));
			}
		}
		return determined;
	}

	/** Gauss-Jordan elimination with partial pivoting, in place. */
	private static void reduce(double[][] m, int columns) {
		int pivotRow = 0;
		for (int c = 0; c < columns && pivotRow < m.length; c++) {
			int best = pivotRow;
			for (int r = pivotRow + 1; r < m.length; r++) {
				if (Math.abs(m[r][c]) > Math.abs(m[best][c])) {
					best = r;
				}
			}
			if (Math.abs(m[best][c]) < EPSILON) {
				continue;
			}
			double[] swap = m[pivotRow];
			m[pivotRow] = m[best];
			m[best] = swap;
			double pivot = m[pivotRow][c];
			for (int k = 0; k < columns; k++) {
				m[pivotRow][k] /= pivot;
			}
			for (int r = 0; r < m.length; r++) {
				if (r != pivotRow && Math.abs(m[r][c]) > EPSILON) {
					double factor = m[r][c];
					for (int k = 0; k < columns; k++) {
						m[r][k] -= factor * m[pivotRow][k];
					}
				}
			}
			pivotRow++;
		}
	}
}
