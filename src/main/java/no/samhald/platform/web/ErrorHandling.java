package no.samhald.platform.web;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.ServletException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

import no.samhald.platform.ConflictException;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;

/**
 * The one place where typed exceptions become responses: an error page for people, an
 * {@code application/problem+json} body (RFC 9457) for API clients under {@code /api/}.
 * <p>
 * Ordered before Spring Boot's problem-details handler, which would otherwise answer a person's
 * browser with JSON for the framework's own exceptions (an unknown path, /partners/abc).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
record ErrorHandling(MessageSource messages) {

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException ex, HttpServletRequest request, Locale locale) {
		return respond(request, HttpStatus.NOT_FOUND, text("error.notFound", locale), ex.getMessage());
	}

	/**
	 * A path variable of the wrong type (/partners/abc) names nothing that exists; a request
	 * parameter of the wrong type (?year=abc) is a bad request.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request, Locale locale) {
		String detail = ex.getName() + " " + ex.getValue();
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return respond(request, HttpStatus.NOT_FOUND, text("error.notFound", locale), detail);
		}
		return respond(request, HttpStatus.BAD_REQUEST, text("error.status.400", locale), detail);
	}

	@ExceptionHandler(ConflictException.class)
	Object conflict(ConflictException ex, HttpServletRequest request, Locale locale) {
		return respond(request, HttpStatus.CONFLICT, text(ex.messageKey(), locale), ex.getMessage());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	Object staleEdit(OptimisticLockingFailureException ex, HttpServletRequest request, Locale locale) {
		return respond(request, HttpStatus.CONFLICT, text("error.staleEdit", locale), text("error.explain.409", locale));
	}

	@ExceptionHandler(InvalidInputException.class)
	Object invalid(InvalidInputException ex, HttpServletRequest request, Locale locale) {
		if (isApi(request)) {
			var errors = ex.problems().stream()
				.map(p -> Map.of("field", String.valueOf(p.field()),
						"message", messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale)))
				.toList();
			// The detail is a sentence for people (the messages themselves); the fields are in "errors".
			String detail = String.join(" ", errors.stream().map(e -> e.get("message")).toList());
			var problem = problem(request, HttpStatus.BAD_REQUEST, text("error.invalid", locale), detail);
			problem.setProperty("errors", errors);
			return ResponseEntity.badRequest().body(problem);
		}
		return page(HttpStatus.BAD_REQUEST, text("error.invalid", locale));
	}

	/** Bean validation of an API body: 400 with the field errors in the person's language. */
	@ExceptionHandler(BindException.class)
	Object bindFailure(BindException ex, HttpServletRequest request, Locale locale) {
		var problems = ex.getFieldErrors().stream()
			.map(e -> new InvalidInputException.FieldProblem(e.getField(), e.getCode(), e.getArguments()))
			.toList();
		return invalid(new InvalidInputException(problems), request, locale);
	}

	/** Spring MVC's own errors (unknown path, wrong method, missing parameter, unreadable body): a page for people too. */
	@ExceptionHandler({ ServletException.class, ErrorResponseException.class, HttpMessageNotReadableException.class,
			MultipartException.class })
	Object framework(Exception ex, HttpServletRequest request, Locale locale) {
		HttpStatusCode code = ex instanceof ErrorResponse response ? response.getStatusCode()
				: tooLarge(ex) ? HttpStatus.PAYLOAD_TOO_LARGE
				: ex instanceof HttpMessageNotReadableException || ex instanceof MultipartException ? HttpStatus.BAD_REQUEST
				: HttpStatus.INTERNAL_SERVER_ERROR;
		HttpStatus status = Objects.requireNonNullElse(HttpStatus.resolve(code.value()), HttpStatus.INTERNAL_SERVER_ERROR);
		String title = status == HttpStatus.NOT_FOUND ? text("error.notFound", locale)
				: messages.getMessage("error.status." + status.value(), null, status.getReasonPhrase(), locale);
		// The framework's message names Java types and internals; people get the explanation.
		String detail = messages.getMessage("error.explain." + status.value(), null, title, locale);
		return respond(request, status, title, detail);
	}

	/** A body of unknown length that went past its limit while it was read (see BodySizeLimit). */
	private static boolean tooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodySizeLimit.BodyTooLargeException) {
				return true;
			}
		}
		return false;
	}

	private Object respond(HttpServletRequest request, HttpStatus status, String title, String detail) {
		if (isApi(request)) {
			return ResponseEntity.status(status).body(problem(request, status, title, detail));
		}
		return page(status, title);
	}

	private static ProblemDetail problem(HttpServletRequest request, HttpStatus status, String title, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	private static ModelAndView page(HttpStatus status, String title) {
		var view = new ModelAndView("error", status);
		// The {community} path variable is a plain slug here; the layout wants a resolved community or none.
		view.addObject("community", null);
		view.addObject("status", status.value());
		view.addObject("title", title);
		return view;
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/api/");
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
