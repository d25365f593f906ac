package no.samhald.platform.web;

import org.springframework.core.ResolvableType;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Forms are plain field holders: the binder writes and reads their fields directly, so a form
 * needs no getters and setters. They stay mutable classes rather than records because with
 * constructor binding one value that cannot be converted ("abc" in a number field) leaves the
 * whole form null (spring-framework#24372), and the form could not come back filled in; the
 * conflict branch of {@code FormSubmission.update} also writes the stored version into the form.
 * Records (constructor-bound forms) keep the default accessor: their final fields cannot be
 * written, and the binder would report every field as an error.
 */
@ControllerAdvice
class FormBinding {

	@InitBinder
	void bindFormFields(WebDataBinder binder) {
		if (isMutableForm(binder)) {
			binder.initDirectFieldAccess();
		}
	}

	private static boolean isMutableForm(WebDataBinder binder) {
		Class<?> type = binder.getTarget() != null ? binder.getTarget().getClass() : resolve(binder.getTargetType());
		return type != null && !type.isRecord() && type.getPackageName().startsWith("no.samhald.");
	}

	private static Class<?> resolve(ResolvableType type) {
		return type == null ? null : type.resolve();
	}

}
