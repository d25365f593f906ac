package no.samhald;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * A test that cannot run (a failed assumption: no browser, no data) is skipped on a developer's
 * machine, with its reason printed; in CI ({@code CI=true}) it fails instead, so that a green CI
 * run means every test ran. Registered for all tests through the service loader.
 */
public class NoSkippingInCi implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
		throw failInCi(context, throwable);
	}

	@Override
	public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable)
			throws Throwable {
		throw failInCi(context, throwable);
	}

	@Override
	public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
			throws Throwable {
		throw failInCi(context, throwable);
	}

	private static Throwable failInCi(ExtensionContext context, Throwable throwable) {
		if (!(throwable instanceof TestAbortedException)) {
			return throwable;
		}
		String what = context.getDisplayName() + " in " + context.getRequiredTestClass().getName();
		if ("true".equals(System.getenv("CI"))) {
			return new AssertionError("Skipped in CI, where every test must run: " + what + ": " + throwable.getMessage(),
					throwable);
		}
		System.err.println("SKIPPED " + what + ": " + throwable.getMessage());
		return throwable;
	}

}
