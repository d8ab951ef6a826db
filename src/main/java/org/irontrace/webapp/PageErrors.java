package org.irontrace.webapp;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.ForbiddenException;
import org.irontrace.platform.NotFoundException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The error page of the analyst's pages, in the page's language with the header and a link back
 * home. Spring's error view reaches it for whatever fails outside a page's controller (a page that
 * fails while it is drawn, a page that does not exist); {@link PageFrame} for what a controller
 * throws; and, before the API's error handler can answer JSON, an address under {@code /app/} that
 * leads nowhere. Outside the pages nothing changes: API callers keep their JSON errors.
 */
@Component
class PageErrors implements ErrorViewResolver, HandlerExceptionResolver, Ordered {

	static final String VIEW = "webapp/error";

	private final PageFrame frame;

	PageErrors(PageFrame frame) {
		this.frame = frame;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		if (!PageLocaleResolver.isPagePath(PageLocaleResolver.pagePath(request))) {
			return null;
		}
		ModelAndView view = new ModelAndView(VIEW, frame.frame(request), status);
		view.addObject("status", status.value());
		return view;
	}

	/** An address under the pages that no page or asset answers: the pages' "not found", not the API's JSON. */
	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		if (!(failure instanceof NoResourceFoundException) || !PageLocaleResolver.isPage(request)) {
			return null;
		}
		ModelAndView view = new ModelAndView(VIEW, frame.frame(request), HttpStatus.NOT_FOUND);
		view.addObject("status", HttpStatus.NOT_FOUND.value());
		return view;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	/** What a failure means to the person who asked: their mistake (4xx) or IronTrace's (500). */
	static HttpStatus statusOf(Exception failure) {
		if (failure instanceof NotFoundException) {
			return HttpStatus.NOT_FOUND;
		}
		if (failure instanceof BadRequestException || failure instanceof TypeMismatchException
				|| failure instanceof HttpMessageNotReadableException) {
			return HttpStatus.BAD_REQUEST;
		}
		if (failure instanceof ForbiddenException) {
			return HttpStatus.FORBIDDEN;
		}
		if (failure instanceof org.irontrace.platform.ConflictException) {
			return HttpStatus.CONFLICT;
		}
		if (failure instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
			HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
			return status == null ? HttpStatus.BAD_REQUEST : status;
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}
}
