package org.irontrace.webapp;

/**
 * Where in the application a page stands, so the header marks its section as the current page
 * ({@code aria-current="page"}): a trace's page belongs to Traces, an administration form to
 * Administration; the home page is only itself.
 *
 * @param path the page's path without the query
 */
record PagePlace(String path) {

	private static final String HOME = "/app";

	/** Whether this page is the section's page or one of the pages below it. */
	public boolean is(String section) {
		return path.equals(section) || !section.equals(HOME) && path.startsWith(section + "/");
	}
}
