package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportReport;
import org.irontrace.imports.ImportService;
import org.irontrace.imports.Submitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A file sent from the upload page counts among its agency's imports like one sent to the API: while
 * the agency already runs as many imports as it may, the upload waits for a place (and the page says
 * so) instead of running beside them, then goes in by itself once one ends.
 */
@IntegrationTest
class UploadWaitsForAPlaceTest {

	@LocalServerPort
	int port;

	@Autowired
	ImportService imports;

	@Test
	void anUploadWaitsWhileItsAgencyRunsAsManyImportsAsItMay() throws Exception {
		TraceworkWorld world = new TraceworkWorld(port);
		List<PipedOutputStream> senders = new ArrayList<>();
		List<CompletableFuture<ImportReport>> running = new ArrayList<>();
		for (String prefix : List.of("WA", "WB")) {
			PipedOutputStream sender = new PipedOutputStream();
			PipedInputStream body = new PipedInputStream(sender, 1 << 16);
			sender.write((RECOVERIES_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
			senders.add(sender);
			// A thread of its own each: both imports hold their place at once, reading until the test ends them.
			running.add(CompletableFuture.supplyAsync(() -> imports.importSent("recoveries", body, ImportProgress.NONE,
					new Submitter(world.agency, false)), UploadWaitsForAPlaceTest::ownThread));
		}
		UploadBrowser browser = new UploadBrowser(port, world.analyst, WebAppWorld.PASSWORD);
		browser.get("/app?lang=en");
		HttpResponse<String> sent = browser.upload("recoveries.csv", csv(RECOVERIES_HEADER,
				"WU1," + world.agency + ",2021-03-04,MX,SON,Nogales,BORDER_SEIZURE,,N,,Glock,,,,PISTOLA,,,"));
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
		String location = sent.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");

		String progress = awaitProgress(browser, location, "\"waiting\":true");
		assertThat(progress).contains("\"state\":\"RUNNING\"");
		assertThat(browser.get(location).body()).contains("Waiting for a free place",
				"already running as many imports as it may at once");
		assertThat(recoveryListed(world, "WU1")).as("nothing of the waiting file recorded yet").isFalse();

		finish(senders.get(0), world.agency, "WA1");
		assertThat(running.get(0).get().accepted()).isEqualTo(1);
		String report = browser.finishedReport(location);
		assertThat(report).contains("The import is finished.", "id=\"accepted\">1<").doesNotContain("Waiting for a free place");
		assertThat(recoveryListed(world, "WU1")).isTrue();

		finish(senders.get(1), world.agency, "WB1");
		assertThat(running.get(1).get().accepted()).isEqualTo(1);
	}

	@Test
	void filesAStoppedServerLeftInTheUploadFolderAreDeletedAtTheNextStart(@TempDir Path home) throws Exception {
		Path folder = Files.createDirectories(home.resolve("uploads"));
		Path left = Files.writeString(folder.resolve("upload-held.csv"), RECOVERIES_HEADER + "\nWL1,...,Juan Pérez\n");
		Path emptied = UploadJobs.emptiedUploadFolder(folder);
		assertThat(emptied).isEqualTo(folder);
		assertThat(left).doesNotExist();
		assertThat(Files.getPosixFilePermissions(folder)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
				PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
	}

	private static void ownThread(Runnable work) {
		Thread thread = new Thread(work, "held-import");
		thread.setDaemon(true);
		thread.start();
	}

	private boolean recoveryListed(TraceworkWorld world, String recoveryId) {
		return new ApiClient(port).login(world.analyst, WebAppWorld.PASSWORD)
			.get("/api/v1/recoveries?agency=" + world.agency)
			.text()
			.contains("\"" + recoveryId + "\"");
	}

	private static void finish(PipedOutputStream sender, String agency, String recoveryId) throws IOException {
		sender.write((recoveryId + "," + agency + ",2021-03-04,MX,SON,Nogales,BORDER_SEIZURE,,N,,Glock,,,,PISTOLA,,,\n")
			.getBytes(StandardCharsets.UTF_8));
		sender.close();
	}

	private static String awaitProgress(UploadBrowser browser, String location, String expected) throws InterruptedException {
		for (int attempt = 0; attempt < 300; attempt++) {
			String progress = browser.get(location + "/progress").body();
			if (progress.contains(expected)) {
				return progress;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The upload at " + location + " never showed " + expected);
	}
}
