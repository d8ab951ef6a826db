package org.irontrace.platform;

import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns every failure into FORMATS.md's {@code {"error", "detail"}} body. A caller's mistake is a
 * 4xx that says what to fix; a 5xx means a defect in IronTrace and is logged as one.
 */
@RestControllerAdvice
class ApiErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ApiError> notFound(NotFoundException e) {
		return answer(HttpStatus.NOT_FOUND, "not_found", e.getMessage(), null);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ApiError> conflict(ConflictException e) {
		return answer(HttpStatus.CONFLICT, "conflict", e.getMessage(), null);
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<ApiError> forbidden(ForbiddenException e) {
		return answer(HttpStatus.FORBIDDEN, "forbidden", e.getMessage(), null);
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<ApiError> badRequest(BadRequestException e) {
		return answer(HttpStatus.BAD_REQUEST, "bad_request", e.getMessage(), e.details());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
		return answer(HttpStatus.BAD_REQUEST, "unreadable_body", "The request body is not valid JSON of the expected shape", null);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
		return answer(HttpStatus.BAD_REQUEST, "bad_parameter", "Parameter '" + e.getName() + "' has an unusable value", null);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
		return answer(HttpStatus.BAD_REQUEST, "missing_parameter", "Parameter '" + e.getParameterName() + "' is required", null);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ApiError> denied(AccessDeniedException e) {
		return answer(HttpStatus.FORBIDDEN, "forbidden", "Your roles do not allow this call", null);
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ApiError> unauthenticated(AuthenticationException e) {
		return answer(HttpStatus.UNAUTHORIZED, "unauthorized", "Log in to use the API", null);
	}

	/**
	 * Spring's own request errors (wrong method, media type, unknown path) keep their 4xx status;
	 * anything else is a defect.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> other(Exception e) {
		if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
			HttpStatusCode status = response.getStatusCode();
			return answer(status, "bad_request", response.getBody().getDetail(), null);
		}
		if (clientWentAway(e)) {
			// A browser that left the page while its answer was written: nobody is there to read an error.
			log.debug("The client went away before its answer was written: {}", e.toString());
			return null;
		}
		log.error("Unexpected failure", e);
		return answer(HttpStatus.INTERNAL_SERVER_ERROR, "server_error", "IronTrace failed unexpectedly; the failure is logged", null);
	}

	private static boolean clientWentAway(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof ClientAbortException || cause instanceof AsyncRequestNotUsableException) {
				return true;
			}
		}
		return false;
	}

	private static ResponseEntity<ApiError> answer(HttpStatusCode status, String error, String detail, Object errors) {
		return ResponseEntity.status(status).body(new ApiError(error, detail, errors));
	}
}
