package org.irontrace.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * A CSV sent to the import API as slowly as a test wants, over a plain socket: the request is open
 * and its body arrives chunk by chunk, until the test ends it or hangs up in the middle.
 */
final class SlowUpload {

	private final Socket socket;

	private final OutputStream out;

	/** Opens {@code POST path} as the user and sends the first part of the file. */
	SlowUpload(int port, String path, String user, String password, String firstPart) throws IOException {
		socket = new Socket("localhost", port);
		socket.setSoTimeout(60_000);
		out = socket.getOutputStream();
		String login = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + login
				+ "\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		send(firstPart);
	}

	void send(String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		if (bytes.length > 0) {
			out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write(bytes);
			out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
		}
	}

	/** Sends the rest, ends the body and reads the answer. */
	Reply finish(String rest) throws IOException {
		try (socket) {
			send(rest);
			out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			return Reply.read(socket.getInputStream());
		}
	}

	/** Reads the answer the server gave before the body ended (it refused the request at once). */
	Reply answerSoFar() throws IOException {
		try (socket) {
			return Reply.read(socket.getInputStream());
		}
	}

	/** Stops sending in the middle of the file, as a sender whose connection breaks. */
	void hangUp() throws IOException {
		socket.close();
	}

	/** An HTTP answer: status, headers as text, and body (chunks joined). */
	record Reply(int status, String headers, String body) {

		Optional<String> header(String name) {
			String prefix = name.toLowerCase(Locale.ROOT) + ":";
			return headers.lines()
				.filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
				.map(line -> line.substring(prefix.length()).trim())
				.findFirst();
		}

		static Reply read(InputStream in) throws IOException {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int split = text.indexOf("\r\n\r\n");
			String headers = text.substring(0, split);
			String body = text.substring(split + 4);
			Reply reply = new Reply(Integer.parseInt(headers.substring(9, 12)), headers, body);
			return reply.header("Transfer-Encoding").filter("chunked"::equalsIgnoreCase).isPresent()
					? new Reply(reply.status(), headers, unchunked(body)) : reply;
		}

		private static String unchunked(String body) {
			StringBuilder joined = new StringBuilder();
			int at = 0;
			while (true) {
				int lineEnd = body.indexOf("\r\n", at);
				int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
				if (size == 0) {
					return joined.toString();
				}
				joined.append(body, lineEnd + 2, lineEnd + 2 + size);
				at = lineEnd + 2 + size + 2;
			}
		}
	}
}
