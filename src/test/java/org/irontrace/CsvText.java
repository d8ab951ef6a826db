package org.irontrace;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Answers read as a spreadsheet reads them: the UTF-8 byte-order mark every CSV answer begins with
 * tells the reader the encoding and is not part of the first cell. Tests that look at a CSV's
 * header read the text after it; {@code CsvByteOrderMarkTest} checks that the mark is there.
 */
public final class CsvText {

	public static final String MARK = "\uFEFF";

	/** Like {@code BodyHandlers.ofString()}, without the mark. */
	public static final HttpResponse.BodyHandler<String> BODY = info -> HttpResponse.BodySubscribers
		.mapping(HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8), CsvText::withoutMark);

	private CsvText() {
	}

	public static String withoutMark(String text) {
		return text != null && text.startsWith(MARK) ? text.substring(MARK.length()) : text;
	}
}
