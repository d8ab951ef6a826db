package org.irontrace.benchmark;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser keeps between the pages of one visit, for {@code page-benchmark}: an answer whose
 * {@code Cache-Control} allows keeping it for at least an hour is not fetched again; anything else
 * (the pages themselves, answers marked {@code no-store}) is paid for every time. So a later page's
 * weight counts only what the server's caching headers actually spare.
 */
final class BrowserCache {

	private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

	private static final long HOUR = 3600;

	private final Set<String> kept = new HashSet<>();

	boolean has(String path) {
		return kept.contains(path);
	}

	/** Remembers {@code path} when its answer may be reused without asking the server. */
	void offer(String path, String cacheControl) {
		Matcher age = MAX_AGE.matcher(cacheControl);
		if (!cacheControl.contains("no-store") && !cacheControl.contains("no-cache") && age.find()
				&& Long.parseLong(age.group(1)) >= HOUR) {
			kept.add(path);
		}
	}
}
