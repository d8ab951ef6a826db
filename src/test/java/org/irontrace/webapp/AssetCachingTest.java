package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.irontrace.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a slow link every page must not fetch its stylesheet and scripts again: they are linked by a
 * name that carries a hash of their content and kept by the browser, while pages themselves (which
 * may hold personal data) are never stored.
 */
@IntegrationTest
class AssetCachingTest {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void stylesheetsAreLinkedByContentAndKeptWhilePagesAreNotStored() throws Exception {
		HttpResponse<String> page = get("/login");
		assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		Matcher stylesheet = Pattern.compile("href=\"(/app/assets/app-[0-9a-f]{32}\\.css)\"").matcher(page.body());
		assertThat(stylesheet.find()).as("the stylesheet's link carries its content hash: %s", page.body()).isTrue();

		HttpResponse<String> asset = get(stylesheet.group(1));
		assertThat(asset.statusCode()).isEqualTo(200);
		assertThat(asset.headers().firstValue("Cache-Control").orElse("")).contains("max-age=2592000")
			.doesNotContain("no-store");
		assertThat(asset.body()).isEqualTo(get("/app/assets/app.css").body());
	}

	@Test
	void librariesAreKeptToo() throws Exception {
		HttpResponse<String> library = get("/app/assets/lib/leaflet/dist/leaflet.css");
		assertThat(library.statusCode()).isEqualTo(200);
		assertThat(library.headers().firstValue("Cache-Control").orElse("")).contains("max-age=2592000").doesNotContain("no-store");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
