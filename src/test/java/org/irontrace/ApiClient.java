package org.irontrace;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Calls a running IronTrace over real HTTP, as an outside client would. */
public final class ApiClient {

	public static final String ADMIN_PASSWORD = "test-admin-password";

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	/** The password of the analysts {@link #newAgencyWithAnalyst} creates. */
	public static final String ANALYST_PASSWORD = "correct horse battery";

	private final int port;

	private final String base;

	private String authorization;

	public ApiClient(int port) {
		this.port = port;
		this.base = "http://localhost:" + port;
		login("admin", ADMIN_PASSWORD);
	}

	/**
	 * As the installation's operator: a new national agency of this country with one analyst, and a
	 * client signed in as that analyst.
	 */
	public ApiClient newAgencyWithAnalyst(String agency, String country, String username) {
		created(postJson("/api/v1/agencies", Map.of("code", agency, "name", "Agency " + agency, "country", country,
				"kind", "NATIONAL")));
		created(postJson("/api/v1/users", Map.of("username", username, "password", ANALYST_PASSWORD, "agency", agency,
				"roles", List.of("ANALYST"))));
		return new ApiClient(port).login(username, ANALYST_PASSWORD);
	}

	private static void created(Answer answer) {
		if (answer.status() != 201) {
			throw new IllegalStateException("expected 201, got " + answer.status() + ": " + answer.text());
		}
	}

	public ApiClient login(String user, String password) {
		this.authorization = user == null ? null
				: "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this;
	}

	/** Calls as a system with an API token. */
	public ApiClient bearer(String token) {
		this.authorization = "Bearer " + token;
		return this;
	}

	public Answer delete(String path) {
		return send(request(path).DELETE());
	}

	public Answer postCsv(String path, String csv) {
		return send(request(path).header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)));
	}

	public Answer post(String path, String contentType, String body) {
		return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public Answer postJson(String path, Object body) {
		return post(path, "application/json", JSON.writeValueAsString(body));
	}

	public Answer putJson(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}

	public Answer get(String path) {
		return send(request(path).GET());
	}

	/** The first ring lead this client sees with a member of this last name, or null. */
	public JsonNode ringLeadWithMember(String lastName) {
		for (JsonNode lead : get("/api/v1/leads?type=RING&limit=10000").json()) {
			for (JsonNode member : lead.path("members")) {
				if (lastName.equalsIgnoreCase(member.path("lastName").asString(""))) {
					return lead;
				}
			}
		}
		return null;
	}

	/** A GET stating the case or lead it is for ({@code X-Purpose}), as the audit trail records it. */
	public Answer getWithPurpose(String path, String purpose) {
		return send(request(path).header("X-Purpose", purpose).GET());
	}

	/** A GET asking for answers in a language ({@code Accept-Language}). */
	public Answer getIn(String language, String path) {
		return send(request(path).header("Accept-Language", language).GET());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		return builder;
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(), org.irontrace.CsvText.BODY);
			String body = response.body();
			JsonNode json = body == null || body.isBlank() || !body.trim().startsWith("{") && !body.trim().startsWith("[")
					? null : JSON.readTree(body);
			return new Answer(response.statusCode(), json, body);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** A status and a body. */
	public record Answer(int status, JsonNode json, String text) {
	}
}
