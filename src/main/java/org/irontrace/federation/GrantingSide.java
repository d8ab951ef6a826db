package org.irontrace.federation;

import java.util.List;
import java.util.function.Function;

import org.irontrace.federation.ExchangeMessages.Answer;
import org.irontrace.federation.ExchangeMessages.Request;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * Answers a peer's signed exchange request: checks the message, records the reads it reports, and
 * answers what this installation's agencies grant the peer's, signed with this installation's key.
 */
@Service
public class GrantingSide {

	private final SignedRequests signatures;

	private final GrantedExport export;

	private final RemoteReads reads;

	private final ObjectMapper json;

	GrantingSide(SignedRequests signatures, GrantedExport export, RemoteReads reads, ObjectMapper json) {
		this.signatures = signatures;
		this.export = export;
		this.reads = reads;
		this.json = json;
	}

	/** The signed answer to an exchange request: its body and the headers that sign it. */
	public SignedAnswer answerExchange(byte[] body, Function<String, String> headers) {
		Peer asker = signatures.verify("POST", ExchangeMessages.PATH, body, headers);
		Request request;
		try {
			request = json.readValue(body, Request.class);
		}
		catch (JacksonException e) {
			throw new org.irontrace.platform.BadRequestException("the exchange request is not valid JSON of the expected shape");
		}
		List<String> recorded = reads.record(asker, request.reads());
		Answer answer = export.answer(asker, request, recorded);
		byte[] answerBody = json.writeValueAsBytes(answer);
		return new SignedAnswer(answerBody,
				signatures.sign(SignedMessage.ANSWER, ExchangeMessages.PATH, headers.apply(SignedMessage.NONCE), answerBody));
	}

	/** An answer body and the headers that sign it. */
	public record SignedAnswer(byte[] body, java.util.Map<String, String> headers) {
	}
}
