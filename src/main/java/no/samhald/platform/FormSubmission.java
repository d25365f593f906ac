package no.samhald.platform;

import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The one way a form is saved: with field errors or broken rules the form comes back with
 * everything typed and the messages beside the fields; if someone else saved first, the
 * conflict handler shows what changed. Controllers pass the outcomes as lambdas.
 */
public final class FormSubmission {

	private FormSubmission() {
	}

	public static String save(BindingResult result, Supplier<String> save, Supplier<String> showForm) {
		return save(result, save, showForm, ex -> {
			throw ex;
		});
	}

	public static String save(BindingResult result, Supplier<String> save, Supplier<String> showForm,
			Function<OptimisticLockingFailureException, String> onConflict) {
		if (result.hasErrors()) {
			return showForm.get();
		}
		try {
			return save.get();
		}
		catch (InvalidInputException ex) {
			ex.rejectInto(result);
			return showForm.get();
		}
		catch (OptimisticLockingFailureException ex) {
			return onConflict.apply(ex);
		}
	}

	/**
	 * Saves a change to a stored thing. If someone else saved first, the form comes back with
	 * what the person typed, the list of fields the other person changed (model attribute
	 * {@code conflict}, shown by the {@code fragments/forms :: conflict} fragment) and the stored
	 * version, so that saving again is a deliberate overwrite of what the person has now seen.
	 */
	public static <T extends Versioned> String update(BindingResult result, Model model, EditForm<T> form,
			Supplier<T> stored, Supplier<String> save, Supplier<String> showForm) {
		return save(result, save, showForm, conflict -> {
			T current = stored.get();
			model.addAttribute("conflict", form.fieldsChangedIn(current));
			storeVersion(form, current.version());
			return showForm.get();
		});
	}

	/**
	 * Forms are field holders bound field by field (see {@code web.FormBinding}), so the version
	 * is written to the form's {@code version} field the same way the binder writes it.
	 */
	private static void storeVersion(EditForm<?> form, int version) {
		PropertyAccessorFactory.forDirectFieldAccess(form).setPropertyValue("version", version);
	}

}
