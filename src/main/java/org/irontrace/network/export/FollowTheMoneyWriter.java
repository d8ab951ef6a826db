package org.irontrace.network.export;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FollowTheMoney entities, one JSON object a line, as Aleph and its tools import them: Person,
 * Organization (licensees), Address and Identification, and the links between them (Associate
 * between people, UnknownLink for a purchase from a dealer or an address given on a sale form).
 * Guns and recoveries have no FtM schema and stay out; the links they make between people stay in.
 */
final class FollowTheMoneyWriter implements GraphWriter {

	private final PrintWriter out;

	private final Map<String, String> kinds = new HashMap<>();

	private final Map<String, String> labels = new HashMap<>();

	private int links;

	FollowTheMoneyWriter(PrintWriter out) {
		this.out = out;
	}

	@Override
	public void begin() {
	}

	@Override
	public void node(String id, String kind, String label, Map<String, String> attributes) {
		kinds.put(id, kind);
		labels.put(id, label);
		Map<String, String> properties = new LinkedHashMap<>();
		switch (kind) {
			case "Person" -> {
				properties.put("name", label);
				properties.put("birthDate", attributes.get("date"));
			}
			case "Licensee" -> {
				properties.put("name", label);
				properties.put("registrationNumber", id.substring(id.indexOf(':') + 1));
				properties.put("country", "us");
				properties.put("jurisdiction", attributes.get("state"));
			}
			case "Address" -> properties.put("full", label);
			default -> {
				return;
			}
		}
		entity(id, kind.equals("Licensee") ? "Organization" : kind, properties);
	}

	@Override
	public void edge(String source, String target, String kind, String label) {
		String from = kinds.get(source);
		String to = kinds.get(target);
		Map<String, String> properties = new LinkedHashMap<>();
		if ("Person".equals(from) && "Person".equals(to)) {
			properties.put("person", id(source));
			properties.put("associate", id(target));
			properties.put("relationship", label);
			entity("link-" + links++, "Associate", properties);
		}
		else if ("Person".equals(from) && "Document".equals(to)) {
			properties.put("holder", id(source));
			properties.put("number", labels.get(target));
			entity("link-" + links++, "Identification", properties);
		}
		else if ("Person".equals(from) && ("Licensee".equals(to) || "Address".equals(to))) {
			properties.put("subject", id(source));
			properties.put("object", id(target));
			properties.put("role", label);
			entity("link-" + links++, "UnknownLink", properties);
		}
	}

	@Override
	public void end() {
		out.flush();
	}

	private void entity(String id, String schema, Map<String, String> properties) {
		StringBuilder line = new StringBuilder("{\"id\":").append(GraphWriter.json(id(id))).append(",\"schema\":\"")
			.append(schema).append("\",\"properties\":{");
		boolean first = true;
		for (Map.Entry<String, String> property : properties.entrySet()) {
			if (property.getValue() != null) {
				line.append(first ? "" : ",").append(GraphWriter.json(property.getKey())).append(":[")
					.append(GraphWriter.json(property.getValue())).append(']');
				first = false;
			}
		}
		out.println(line.append("}}"));
	}

	private static String id(String nodeId) {
		return nodeId.startsWith("irontrace-") ? nodeId : "irontrace-" + nodeId.replaceAll("[^A-Za-z0-9.:_/-]", "_");
	}
}
