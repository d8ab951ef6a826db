package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.CsvText;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A CSV taken from IronTrace opens in a spreadsheet with its accents intact: every CSV answer, from
 * the pages and from the API, begins with the UTF-8 byte-order mark (read here byte by byte, as a
 * spreadsheet does); the stated length counts it; and a file that begins with the mark (as files
 * saved by spreadsheets do) is imported like any other.
 */
@IntegrationTest
class CsvByteOrderMarkTest {

	static final byte[] MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@LocalServerPort
	int port;

	@Test
	void csvAnswersOfTheApiAndThePagesBeginWithTheMarkAndAFileWithItImports() throws Exception {
		String tag = LedgerFixtures.uniqueTag();
		String agency = "MX-" + tag;
		String analyst = "bom-" + tag.toLowerCase();
		ApiClient signedIn = new ApiClient(port).newAgencyWithAnalyst(agency, "MX", analyst);

		String withMark = CsvText.MARK + csv(RECOVERIES_HEADER,
				"R1," + agency + ",2024-03-15,MX,SON,Hermosillo,HOMICIDE,,Y,A12?4,Glock,,19,9mm,PISTOL,,José,Páramo");
		ApiClient.Answer imported = signedIn.postCsv("/api/v1/imports/recoveries", withMark);
		assertThat(imported.status()).as(imported.text()).isEqualTo(200);
		assertThat(imported.json().get("accepted").asInt()).as("the mark is not part of the first column's name")
			.isEqualTo(1);
		assertThat(imported.json().get("rejected").asInt()).isZero();

		HttpResponse<byte[]> api = raw("/api/v1/trace-requests?agency=" + agency + "&format=csv",
				basic(analyst), null);
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertMarkedUtf8(api.body(), "request_type,agency,recovery_id", "Páramo");

		HttpResponse<byte[]> report = raw("/api/v1/reports/recoveries?country=MX&from=2024-01-01&to=2024-12-31&format=csv",
				basic(analyst), null);
		assertMarkedUtf8(report.body(), "section,key,detail,value", "recovered");

		HttpResponse<byte[]> page = rawSignedIn("/app/trace-requests.csv?lang=es", analyst);
		assertThat(page.statusCode()).isEqualTo(200);
		assertMarkedUtf8(page.body(), "request_type,agency,recovery_id", "Páramo");
		page.headers().firstValueAsLong("Content-Length")
			.ifPresent(length -> assertThat(length).as("the stated length counts the mark").isEqualTo(page.body().length));

		HttpResponse<byte[]> json = raw("/api/v1/trace-requests?agency=" + agency, basic(analyst), null);
		assertThat(json.body()[0]).as("JSON answers carry no mark").isEqualTo((byte) '[');
	}

	private static void assertMarkedUtf8(byte[] body, String header, String accented) {
		assertThat(Arrays.copyOf(body, 3)).as("the UTF-8 byte-order mark").isEqualTo(MARK);
		String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
		assertThat(text).startsWith(header).contains(accented);
	}

	private static String basic(String username) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + ApiClient.ANALYST_PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private HttpResponse<byte[]> raw(String path, String authorization, HttpClient client) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return (client == null ? HttpClient.newHttpClient() : client).send(request.build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	/** A page's download, as a signed-in browser fetches it (session cookie from the sign-in form). */
	private HttpResponse<byte[]> rawSignedIn(String path, String username) throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.build();
		String form = new String(raw("/login", null, browser).body(), StandardCharsets.UTF_8);
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form);
		assertThat(token.find()).isTrue();
		String body = Map.of("username", username, "password", ApiClient.ANALYST_PASSWORD, "_csrf", token.group(1))
			.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.reduce((a, b) -> a + "&" + b)
			.orElseThrow();
		browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
		return raw(path, null, browser);
	}
}
