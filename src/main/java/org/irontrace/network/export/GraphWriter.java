package org.irontrace.network.export;

import java.util.Map;

/** Writes nodes, then edges, in one format. Attribute values may be null (withheld or unknown). */
interface GraphWriter {

	void begin();

	void node(String id, String kind, String label, Map<String, String> attributes);

	void edge(String source, String target, String kind, String label);

	void end();

	/** The attribute names every node may carry, in the order tools show them. */
	String[] ATTRIBUTES = { "country", "state", "date", "detail" };

	static String xml(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	static String csv(String text) {
		return org.irontrace.platform.CsvCells.cell(text);
	}

	static String json(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return out.append('"').toString();
	}
}
