package org.irontrace.network.export;

import java.io.PrintWriter;
import java.util.Map;

/** GraphML (yEd, Gephi, Cytoscape) and GEXF 1.3 (Gephi): the same graph, two XML dialects. */
final class XmlGraphWriter implements GraphWriter {

	private final PrintWriter out;

	private final boolean gexf;

	private int edges;

	XmlGraphWriter(PrintWriter out, boolean gexf) {
		this.out = out;
		this.gexf = gexf;
	}

	@Override
	public void begin() {
		out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
		if (gexf) {
			out.println("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">");
			out.println("<graph mode=\"static\" defaultedgetype=\"directed\">");
			out.println("<attributes class=\"node\"><attribute id=\"kind\" title=\"kind\" type=\"string\"/>");
			for (String name : ATTRIBUTES) {
				out.println("<attribute id=\"" + name + "\" title=\"" + name + "\" type=\"string\"/>");
			}
			out.println("</attributes><attributes class=\"edge\"><attribute id=\"kind\" title=\"kind\" type=\"string\"/></attributes>");
			out.println("<nodes>");
		}
		else {
			out.println("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">");
			out.println("<key id=\"label\" for=\"all\" attr.name=\"label\" attr.type=\"string\"/>");
			out.println("<key id=\"kind\" for=\"all\" attr.name=\"kind\" attr.type=\"string\"/>");
			for (String name : ATTRIBUTES) {
				out.println("<key id=\"" + name + "\" for=\"node\" attr.name=\"" + name + "\" attr.type=\"string\"/>");
			}
			out.println("<graph id=\"irontrace\" edgedefault=\"directed\">");
		}
	}

	@Override
	public void node(String id, String kind, String label, Map<String, String> attributes) {
		if (gexf) {
			out.print("<node id=\"" + GraphWriter.xml(id) + "\" label=\"" + GraphWriter.xml(label) + "\"><attvalues>");
			out.print("<attvalue for=\"kind\" value=\"" + kind + "\"/>");
			attributes.forEach((name, value) -> {
				if (value != null) {
					out.print("<attvalue for=\"" + name + "\" value=\"" + GraphWriter.xml(value) + "\"/>");
				}
			});
			out.println("</attvalues></node>");
			return;
		}
		out.print("<node id=\"" + GraphWriter.xml(id) + "\"><data key=\"label\">" + GraphWriter.xml(label)
				+ "</data><data key=\"kind\">" + kind + "</data>");
		attributes.forEach((name, value) -> {
			if (value != null) {
				out.print("<data key=\"" + name + "\">" + GraphWriter.xml(value) + "</data>");
			}
		});
		out.println("</node>");
	}

	@Override
	public void edge(String source, String target, String kind, String label) {
		if (gexf && edges == 0) {
			out.println("</nodes><edges>");
		}
		String id = "e" + edges++;
		if (gexf) {
			out.println("<edge id=\"" + id + "\" source=\"" + GraphWriter.xml(source) + "\" target=\"" + GraphWriter.xml(target)
					+ "\" label=\"" + GraphWriter.xml(label) + "\"><attvalues><attvalue for=\"kind\" value=\"" + kind
					+ "\"/></attvalues></edge>");
			return;
		}
		out.println("<edge id=\"" + id + "\" source=\"" + GraphWriter.xml(source) + "\" target=\"" + GraphWriter.xml(target)
				+ "\"><data key=\"label\">" + GraphWriter.xml(label) + "</data><data key=\"kind\">" + kind + "</data></edge>");
	}

	@Override
	public void end() {
		if (gexf) {
			out.println(edges == 0 ? "</nodes><edges>" : "");
			out.println("</edges></graph></gexf>");
		}
		else {
			out.println("</graph></graphml>");
		}
		out.flush();
	}
}
