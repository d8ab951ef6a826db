package org.irontrace.webapp;

import java.util.List;

/**
 * One table of the search page: the rows of this page, where they stand among all found ("11-20 of
 * 69"), and links to the pages before and after. Every table pages on its own: on the page of all
 * kinds, "next" opens that kind alone at its second page.
 *
 * @param first the number of the first row shown, counting from 1
 * @param total how many were found, when the database counted them (recoveries); null otherwise
 * @param previousHref the page before, null on the first
 * @param nextHref the page after, null when nothing more was found
 */
record SearchResults<T>(List<T> rows, int first, Long total, String previousHref, String nextHref) {

	/**
	 * The page out of the rows read, one more than {@code size} when there are more: that one only
	 * tells that a next page exists.
	 */
	static <T> SearchResults<T> of(List<T> read, int size, SearchForm form, String kind, Long total) {
		List<T> rows = List.copyOf(read.subList(0, Math.min(size, read.size())));
		boolean alone = kind.equals(form.kind());
		String previous = alone && form.page() > 1 ? form.onPage(form.page() - 1) : null;
		String next = read.size() <= size ? null : alone ? form.onPage(form.page() + 1) : form.alone(kind, 2);
		return new SearchResults<>(rows, alone ? form.firstShown(size) : 1, total, previous, next);
	}

	public boolean isEmpty() {
		return rows.isEmpty();
	}

	/** The number of the last row shown. */
	public int last() {
		return first + rows.size() - 1;
	}
}
