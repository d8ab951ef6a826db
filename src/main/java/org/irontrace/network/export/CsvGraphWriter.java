package org.irontrace.network.export;

import java.io.PrintWriter;
import java.util.Map;

/** Node or edge lists as CSV with the column names Gephi's spreadsheet import recognises (Id, Label, Source, Target). */
final class CsvGraphWriter implements GraphWriter {

	private final PrintWriter out;

	private final boolean nodes;

	CsvGraphWriter(PrintWriter out, boolean nodes) {
		this.out = out;
		this.nodes = nodes;
	}

	@Override
	public void begin() {
		out.println(nodes ? "Id,Label,kind," + String.join(",", ATTRIBUTES) : "Source,Target,kind,Label");
	}

	@Override
	public void node(String id, String kind, String label, Map<String, String> attributes) {
		if (nodes) {
			StringBuilder line = new StringBuilder(GraphWriter.csv(id)).append(',').append(GraphWriter.csv(label)).append(',').append(kind);
			for (String name : ATTRIBUTES) {
				line.append(',').append(GraphWriter.csv(attributes.get(name)));
			}
			out.println(line);
		}
	}

	@Override
	public void edge(String source, String target, String kind, String label) {
		if (!nodes) {
			out.println(GraphWriter.csv(source) + "," + GraphWriter.csv(target) + "," + kind + "," + GraphWriter.csv(label));
		}
	}

	@Override
	public void end() {
		out.flush();
	}
}
