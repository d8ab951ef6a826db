package org.irontrace.network.export;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

import org.irontrace.access.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Streams the part of the link graph a caller may see: guns and recoveries of agencies whose records
 * it sees, the people, dealers and links around them; names, birth dates, addresses and documents
 * only where it sees the recovering agency's personal data. Decided in SQL, row by row.
 */
@Component
public class GraphExport {

	private final JdbcClient jdbc;

	GraphExport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void write(GraphFormat format, Visibility visibility, Writer writer) {
		PrintWriter out = new PrintWriter(writer);
		GraphWriter graph = switch (format) {
			case GRAPHML -> new XmlGraphWriter(out, false);
			case GEXF -> new XmlGraphWriter(out, true);
			case CSV_NODES -> new CsvGraphWriter(out, true);
			case CSV_EDGES -> new CsvGraphWriter(out, false);
			case FTM -> new FollowTheMoneyWriter(out);
		};
		graph.begin();
		query(GraphQueries.NODES, visibility).query(rs -> {
			Map<String, String> attributes = new LinkedHashMap<>();
			for (String name : GraphWriter.ATTRIBUTES) {
				attributes.put(name, rs.getString(name));
			}
			graph.node(rs.getString("id"), rs.getString("kind"), rs.getString("label"), attributes);
		});
		query(GraphQueries.EDGES, visibility).query(rs -> {
			graph.edge(rs.getString("source"), rs.getString("target"), rs.getString("kind"), rs.getString("label"));
		});
		graph.end();
	}

	private JdbcClient.StatementSpec query(String sql, Visibility visibility) {
		return jdbc.sql(sql).param("all", visibility.everything()).param("full", visibility.fullAgencies())
			.param("records", visibility.recordAgencies());
	}
}
