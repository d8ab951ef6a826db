package org.irontrace.webapp;

import java.util.ArrayList;
import java.util.List;

import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.ConflictException;
import org.irontrace.platform.ForbiddenException;
import org.irontrace.platform.NotFoundException;

/**
 * What is wrong with an administration form, each problem tied to the field it belongs to so the
 * error summary can link straight to it, and the HTTP status the page answers with. The access
 * facades decide (a page never re-states who may do what); this only reads their refusal into the
 * words of the reader's language: the facades name the field first ({@code "username: ..."}), and
 * each form has words for each of its fields.
 */
final class AdminProblems {

	private final String form;

	private final List<Problem> problems = new ArrayList<>();

	private int status = 200;

	AdminProblems(String form) {
		this.form = form;
	}

	/** A problem found on the page itself (a date that is not a date). */
	public AdminProblems add(String field, String messageKey, Object... arguments) {
		problems.add(new Problem(field, messageKey, List.of(arguments)));
		status = Math.max(status, 400);
		return this;
	}

	/**
	 * Reads a facade's refusal; {@code fallbackField} takes problems that name no field of the form.
	 * Anything else than the four refusals of the platform is a defect and is not caught here.
	 */
	AdminProblems refused(RuntimeException refusal, List<String> fields, String fallbackField) {
		String message = refusal.getMessage() == null ? "" : refusal.getMessage();
		int colon = message.indexOf(':');
		String named = colon > 0 ? message.substring(0, colon).trim() : null;
		String field = named != null && fields.contains(named) ? named : fallbackField;
		if (refusal instanceof ForbiddenException) {
			problems.add(new Problem(field, "admin.problem.forbidden", List.of()));
			status = 403;
		}
		else if (refusal instanceof NotFoundException) {
			problems.add(new Problem(field, "admin.problem.notFound", List.of()));
			status = 404;
		}
		else if (refusal instanceof ConflictException) {
			problems.add(new Problem(field, "admin.problem." + form + ".exists", List.of()));
			status = 409;
		}
		else if (refusal instanceof BadRequestException) {
			String key = named != null && fields.contains(named) ? "admin.problem." + form + "." + named
					: "admin.problem." + form + ".invalid";
			problems.add(new Problem(field, key, List.of()));
			status = 400;
		}
		else {
			throw refusal;
		}
		return this;
	}

	public boolean any() {
		return !problems.isEmpty();
	}

	public List<Problem> list() {
		return problems;
	}

	/** The first problem of a field, or null. */
	public Problem on(String field) {
		return problems.stream().filter(problem -> problem.field().equals(field)).findFirst().orElse(null);
	}

	public int status() {
		return status;
	}

	/** One problem: the field's id on the page, the message key and its arguments. */
	record Problem(String field, String messageKey, List<Object> arguments) {

		public Object[] args() {
			return arguments.toArray();
		}
	}
}
