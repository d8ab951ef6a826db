package org.irontrace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places in one Java source where SQL is assembled at run time (see {@link SqlStatementsTest}):
 * a statement with holes for Java to fill, a statement passed to {@code formatted} or
 * {@code String.format}, or a marker replaced in it. The source is read as the compiler reads it
 * (strings, text blocks, characters and comments apart), so a quote in a comment or a SQL string
 * in a Java string does not mislead it.
 */
final class SqlAssembly {

	/** What only SQL says: a statement's first words. */
	private static final Pattern SQL = Pattern
		.compile("\\b(SELECT\\s|INSERT\\s+INTO\\s|DELETE\\s+FROM\\s|UPDATE\\s+\\w+\\s+SET\\s|WITH\\s+(RECURSIVE\\s+)?\\w+\\s+AS\\s)");

	/** A hole Java fills: {@code %s}, {@code %d}, {@code %1$s}. */
	private static final Pattern HOLE = Pattern.compile("%(\\d+\\$)?[sd]");

	/** PostgreSQL's own {@code format('... %s %I', ...)}, whose holes the database fills. */
	private static final Pattern DATABASE_FORMAT = Pattern.compile("format\\('(?:[^']|'')*'");

	/** A marker replaced in a statement: a comment, or a word in braces. */
	private static final Pattern MARKER = Pattern.compile("\\.replace(?:All|First)?\\(\\s*\"(/\\*|\\{\\w+\\})");

	private SqlAssembly() {
	}

	/** One string or text block of the source: where it starts and ends, and its text. */
	private record Piece(int start, int end, String text) {

		/** SQL, not prose that quotes it in a code span ({@code `SELECT count(*)` over the same rows}). */
		boolean isSql() {
			return SQL.matcher(text.replaceAll("`[^`]*`", "")).find();
		}
	}

	static List<String> of(String source) {
		List<Piece> pieces = pieces(source);
		List<String> problems = new ArrayList<>();
		Set<String> statements = new HashSet<>();
		boolean anySql = false;
		for (Piece piece : pieces) {
			if (!piece.isSql()) {
				continue;
			}
			anySql = true;
			String before = source.substring(Math.max(0, piece.start() - 120), piece.start());
			Matcher name = Pattern.compile("(\\w+)\\s*=\\s*$").matcher(before);
			if (name.find()) {
				statements.add(name.group(1));
			}
			if (HOLE.matcher(DATABASE_FORMAT.matcher(piece.text()).replaceAll("")).find()) {
				problems.add(line(source, piece.start()) + "a statement with holes for Java to fill (%s, %1$s)");
			}
			if (source.substring(piece.end()).matches("(?s)\\s*\\.formatted\\(.*")) {
				problems.add(line(source, piece.end()) + "a statement passed to formatted");
			}
			if (before.matches("(?s).*String\\.format\\(\\s*(\\w+(\\.\\w+)*\\s*,\\s*)?$")) {
				problems.add(line(source, piece.start()) + "a statement passed to String.format");
			}
		}
		for (String statement : statements) {
			Matcher use = Pattern.compile("\\b" + statement + "\\s*\\.formatted\\(|String\\.format\\(\\s*" + statement + "\\b")
				.matcher(source);
			while (use.find()) {
				problems.add(line(source, use.start()) + "the statement " + statement + " formatted");
			}
		}
		Matcher marker = MARKER.matcher(source);
		while (marker.find()) {
			if (marker.group(1).equals("/*") || anySql) {
				problems.add(line(source, marker.start()) + "a marker replaced in a statement: " + marker.group(1));
			}
		}
		return problems;
	}

	private static String line(String source, int offset) {
		return "line " + (source.substring(0, offset).split("\n", -1).length) + ": ";
	}

	/** The strings and text blocks of the source, skipping comments and character literals. */
	private static List<Piece> pieces(String source) {
		List<Piece> pieces = new ArrayList<>();
		int i = 0;
		int n = source.length();
		while (i < n) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				i = end(source.indexOf('\n', i), n);
			}
			else if (source.startsWith("/*", i)) {
				int close = source.indexOf("*/", i + 2);
				i = close < 0 ? n : close + 2;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int j = i + 3;
				while (j < n && !(source.startsWith("\"\"\"", j) && source.charAt(j - 1) != '\\')) {
					j++;
				}
				pieces.add(new Piece(i, Math.min(n, j + 3), source.substring(i + 3, Math.min(n, j))));
				i = j + 3;
			}
			else if (c == '"' || c == '\'') {
				int j = i + 1;
				while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
					j += source.charAt(j) == '\\' ? 2 : 1;
				}
				if (c == '"') {
					pieces.add(new Piece(i, Math.min(n, j + 1), source.substring(i + 1, Math.min(n, j))));
				}
				i = j + 1;
			}
			else {
				i++;
			}
		}
		return pieces;
	}

	private static int end(int found, int n) {
		return found < 0 ? n : found;
	}
}
