package org.irontrace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tables, views and functions a piece of SQL names: relations after {@code FROM},
 * {@code JOIN}, {@code INTO}, {@code UPDATE}, {@code TABLE}, {@code COPY}, {@code ANALYZE} (and
 * {@code ON} in a migration's trigger or index), functions where their name is called. Only names
 * in the known set count, so aliases, columns and common table expressions are never taken for
 * tables. SQL keywords are upper case in IronTrace, so English words in messages are not read as SQL.
 */
final class SqlNames {

	private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);

	private static final Pattern STRING = Pattern.compile("\"((?:\\\\.|[^\"\\\\\\n])*)\"");

	private static final Pattern LINE_COMMENT = Pattern.compile("(?m)^\\s*//.*$");

	private static final Pattern RELATION = Pattern
		.compile("\\b(?:FROM|JOIN|INTO|UPDATE|TABLE|COPY|ANALYZE|TRUNCATE)\\s+(?:ONLY\\s+|IF NOT EXISTS\\s+|IF EXISTS\\s+)?([a-z_][a-z0-9_]*)\\b");

	private static final Pattern TRIGGER_OR_INDEX_ON = Pattern.compile("\\bON\\s+(?:ONLY\\s+)?([a-z_][a-z0-9_]*)\\b");

	private static final Pattern CALL = Pattern.compile("\\b([a-z_][a-z0-9_]*)\\s*\\(");

	private SqlNames() {
	}

	/** The text of every string literal and text block of a Java source, comments left out. */
	static String literalsOf(String javaSource) {
		StringBuilder sql = new StringBuilder();
		Matcher blocks = TEXT_BLOCK.matcher(javaSource);
		StringBuilder rest = new StringBuilder();
		while (blocks.find()) {
			sql.append(blocks.group(1)).append('\n');
			blocks.appendReplacement(rest, "\"\"");
		}
		blocks.appendTail(rest);
		Matcher strings = STRING.matcher(LINE_COMMENT.matcher(rest).replaceAll(""));
		while (strings.find()) {
			sql.append(strings.group(1)).append('\n');
		}
		return sql.toString();
	}

	/** The known relations and functions {@code sql} names, in order of first appearance. */
	static Set<String> namedIn(String sql, Set<String> relations, Set<String> functions, boolean readOn) {
		Set<String> named = new LinkedHashSet<>();
		String text = withoutComments(sql);
		collect(RELATION.matcher(text), relations, named);
		if (readOn) {
			collect(TRIGGER_OR_INDEX_ON.matcher(text), relations, named);
		}
		collect(CALL.matcher(text), functions, named);
		return named;
	}

	private static void collect(Matcher matcher, Set<String> known, Set<String> into) {
		while (matcher.find()) {
			if (known.contains(matcher.group(1))) {
				into.add(matcher.group(1));
			}
		}
	}

	static String withoutComments(String sql) {
		return sql.replaceAll("--[^\\n]*", "");
	}

	/** A migration split into statements, dollar-quoted bodies kept whole. */
	static List<String> statements(String migration) {
		String text = withoutComments(migration);
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		String dollar = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '$') {
				int end = text.indexOf('$', i + 1);
				if (end > 0 && text.substring(i + 1, end).matches("[A-Za-z_]*")) {
					String tag = text.substring(i, end + 1);
					if (dollar == null) {
						dollar = tag;
					}
					else if (dollar.equals(tag)) {
						dollar = null;
					}
					current.append(tag);
					i = end;
					continue;
				}
			}
			if (c == ';' && dollar == null) {
				if (!current.toString().isBlank()) {
					statements.add(current.toString().trim());
				}
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().trim());
		}
		return statements;
	}
}
