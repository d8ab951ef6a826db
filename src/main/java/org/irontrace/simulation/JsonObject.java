package org.irontrace.simulation;

import java.util.List;

/** Builds one JSON object as text, for ground truth written as a stream of small objects. */
final class JsonObject {

	private final StringBuilder text = new StringBuilder(160).append('{');

	private boolean first = true;

	JsonObject field(String name, String value) {
		name(name);
		if (value == null) {
			text.append("null");
		}
		else {
			quote(value);
		}
		return this;
	}

	JsonObject field(String name, long value) {
		name(name);
		text.append(value);
		return this;
	}

	JsonObject field(String name, boolean value) {
		name(name);
		text.append(value);
		return this;
	}

	JsonObject field(String name, double value) {
		name(name);
		text.append(Double.isFinite(value) ? Double.toString(value) : "null");
		return this;
	}

	JsonObject field(String name, List<String> values) {
		name(name);
		text.append('[');
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			quote(values.get(i));
		}
		text.append(']');
		return this;
	}

	String end() {
		return text.append('}').toString();
	}

	private void name(String name) {
		if (!first) {
			text.append(',');
		}
		first = false;
		quote(name);
		text.append(':');
	}

	private void quote(String value) {
		text.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> text.append("\\\"");
				case '\\' -> text.append("\\\\");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				case '\t' -> text.append("\\t");
				default -> {
					if (c < 0x20) {
						String hex = Integer.toHexString(c);
						text.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
					}
					else {
						text.append(c);
					}
				}
			}
		}
		text.append('"');
	}
}
