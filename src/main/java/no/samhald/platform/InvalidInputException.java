package no.samhald.platform;

import java.util.List;

import org.springframework.validation.Errors;

/**
 * Input that breaks a rule, with the fields it concerns. Each error carries a message key and
 * arguments so that it reaches the person in their language. Shown as 400.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String messageKey, Object... arguments) {
		this(List.of(new FieldProblem(field, messageKey, arguments)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** Puts the problems beside the fields of a form, so the form comes back with them shown. */
	public void rejectInto(Errors errors) {
		for (FieldProblem problem : problems) {
			if (problem.field() == null) {
				errors.reject(problem.messageKey(), problem.arguments(), problem.messageKey());
			}
			else {
				errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), problem.messageKey());
			}
		}
	}

	/** One broken rule: the field (or null for the whole form), the message key and its arguments. */
	public record FieldProblem(String field, String messageKey, Object... arguments) {
	}

}
