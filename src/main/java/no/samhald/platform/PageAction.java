package no.samhald.platform;

import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;

/**
 * The one way a button on a page (decide, approve, attach) is carried out: when a rule refuses
 * it, someone else saved first or the input is wrong, the page comes back with the reason as
 * model attributes {@code problem} (a message key) and {@code problemArgument}, instead of an
 * error page. Forms with fields use {@link FormSubmission}.
 */
public final class PageAction {

	private PageAction() {
	}

	public static String run(Model model, Supplier<String> action, Supplier<String> showPage) {
		try {
			return action.get();
		}
		catch (ConflictException ex) {
			return showPage(model, ex.messageKey(), null, showPage);
		}
		catch (InvalidInputException ex) {
			var problem = ex.problems().get(0);
			Object argument = problem.arguments().length > 0 ? problem.arguments()[0] : null;
			return showPage(model, problem.messageKey(), argument, showPage);
		}
		catch (OptimisticLockingFailureException ex) {
			return showPage(model, "error.staleEdit", null, showPage);
		}
	}

	private static String showPage(Model model, String problem, Object argument, Supplier<String> showPage) {
		model.addAttribute("problem", problem);
		model.addAttribute("problemArgument", argument == null ? "" : argument);
		return showPage.get();
	}

}
