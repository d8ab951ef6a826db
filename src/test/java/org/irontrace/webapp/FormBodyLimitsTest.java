package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Nobody can fill the heap or the disk with a form sent before signing in, while large files still
 * go in: a CSV import through the API and a file sent from the upload page, both of several
 * megabytes (over every form limit), are imported whole.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormBodyLimitsTest {

	/** One megabyte: far over the 64 KB a form may have before sign-in, under what Tomcat swallows. */
	static final String MEGABYTE = "x".repeat(1024 * 1024);

	@LocalServerPort
	int port;

	TraceworkWorld world;

	final HttpClient stranger = HttpClient.newHttpClient();

	@BeforeAll
	void aWorld() {
		world = new TraceworkWorld(port);
	}

	@Test
	void anOversizedSignInFormIsRefusedBeforeAnyPasswordIsChecked() throws Exception {
		HttpResponse<String> answer = anonymous("/login", "application/x-www-form-urlencoded",
				HttpRequest.BodyPublishers.ofString("username=admin&password=wrong&padding=" + MEGABYTE));
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("payload_too_large");
		// The form was never read: the administrator's sign-in still works and no failure was counted.
		assertThat(new ApiClient(port).get("/api/v1/agencies").status()).isEqualTo(200);
	}

	@Test
	void aSignInFormOfUnstatedLengthIsRefused() throws Exception {
		// A chunked body does not say how long it will be: it could be endless.
		HttpResponse<String> answer = anonymous("/login", "application/x-www-form-urlencoded",
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
						("username=admin&password=x&padding=" + MEGABYTE).getBytes(StandardCharsets.UTF_8))));
		assertThat(answer.statusCode()).isEqualTo(413);
	}

	@Test
	void anOversizedFileSentWithoutSigningInIsRefused() throws Exception {
		String boundary = "----irontrace-limits";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + MEGABYTE + "\r\n--" + boundary + "--\r\n";
		HttpResponse<String> answer = anonymous("/app/recoveries/upload", "multipart/form-data; boundary=" + boundary,
				HttpRequest.BodyPublishers.ofString(body));
		assertThat(answer.statusCode()).isEqualTo(413);
	}

	@Test
	void anOversizedPageFormOfASignedInAnalystIsRefusedToo() {
		UploadBrowser analyst = new UploadBrowser(port, world.analyst, WebAppWorld.PASSWORD);
		HttpResponse<String> answer = analyst.post("/app/recoveries/upload", "application/x-www-form-urlencoded",
				"kind=recoveries&padding=" + MEGABYTE);
		assertThat(answer.statusCode()).isEqualTo(413);
	}

	@Test
	void aLargeCsvStillGoesInThroughTheApiAndTheUploadPage() {
		String throughApi = recoveries("API", 30_000);
		assertThat(throughApi.length()).as("over what Tomcat swallows").isGreaterThan(2 * 1024 * 1024);
		ApiClient.Answer imported = new ApiClient(port).login(world.analyst, WebAppWorld.PASSWORD)
			.postCsv("/api/v1/imports/recoveries", throughApi);
		assertThat(imported.status()).as(imported.text()).isEqualTo(200);
		assertThat(imported.json().get("accepted").asLong()).isEqualTo(30_000);

		UploadBrowser analyst = new UploadBrowser(port, world.analyst, WebAppWorld.PASSWORD);
		analyst.get("/app?lang=en");
		HttpResponse<String> sent = analyst.upload("recoveries.csv", recoveries("PAGE", 30_000));
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
		String location = sent.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(analyst.finishedReport(location)).contains("id=\"accepted\">30,000<", "id=\"rejected\">0<");
	}

	private String recoveries(String prefix, int rows) {
		StringBuilder csv = new StringBuilder(RECOVERIES_HEADER).append('\n');
		for (int i = 0; i < rows; i++) {
			csv.append(prefix).append(world.tag).append('-').append(i).append(',').append(world.agency)
				.append(",2021-03-04,MX,SON,Nogales,BORDER_SEIZURE,").append(prefix).append(i)
				.append(",N,,Glock,,,,PISTOLA,,,\n");
		}
		return csv.toString();
	}

	private HttpResponse<String> anonymous(String path, String contentType, HttpRequest.BodyPublisher body)
			throws IOException, InterruptedException {
		return stranger.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", contentType)
			.POST(body)
			.build(), HttpResponse.BodyHandlers.ofString());
	}
}
