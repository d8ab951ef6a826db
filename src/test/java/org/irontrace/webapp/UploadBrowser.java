package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser that sends a file as a form does ({@code multipart/form-data}, with the page's CSRF
 * token), for the upload page; otherwise like {@link PageBrowser}: a session, no redirects followed.
 */
final class UploadBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	UploadBrowser(int port, String username, String password) {
		this.base = "http://localhost:" + port;
		String token = token(get("/login").body());
		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(password)
					+ "&_csrf=" + encode(token))));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	/** A download as its bytes (a PDF, a spreadsheet), read by the signed-in analyst. */
	byte[] download(String path) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
					java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** Posts a form body as it is (no token added). */
	HttpResponse<String> post(String path, String contentType, String body) {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	/** Sends the file as the upload form would, with the token of the upload page. */
	HttpResponse<String> upload(String fileName, String content) {
		return upload("recoveries", fileName, content);
	}

	/** Sends a file of one kind (recoveries, trace-results) as the upload form would. */
	HttpResponse<String> upload(String kind, String fileName, String content) {
		String token = token(get("/app/recoveries/upload").body());
		String boundary = "----irontrace" + UUID.randomUUID();
		String body = "--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
				+ "--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n"
				+ "--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + content + "\r\n"
				+ "--" + boundary + "--\r\n";
		return send(HttpRequest.newBuilder(URI.create(base + "/app/recoveries/upload"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	/** Posts a form of the given page with that page's CSRF token and nothing else. */
	HttpResponse<String> press(String page, String action) {
		return post(action, "application/x-www-form-urlencoded", "_csrf=" + java.net.URLEncoder.encode(token(get(page).body()),
				StandardCharsets.UTF_8));
	}

	/** The report page of an upload once its import is done (the page a person would reload). */
	String finishedReport(String location) {
		for (int attempt = 0; attempt < 600; attempt++) {
			String progress = get(location + "/progress").body();
			if (!progress.contains("RUNNING")) {
				return get(location).body();
			}
			pause();
		}
		throw new AssertionError("The upload at " + location + " never finished");
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), org.irontrace.CsvText.BODY);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String token(String html) {
		Matcher token = CSRF.matcher(html);
		assertThat(token.find()).as("the page carries a CSRF token").isTrue();
		return token.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
