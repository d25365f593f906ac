package no.samhald.meeting;

import no.samhald.Browser;

/**
 * Waits until an action has replaced the page, so that a test never reads the page it just left
 * (a form that comes back with errors has the same elements as the one submitted).
 */
final class PageLoads {

	private PageLoads() {
	}

	static void after(Browser browser, Runnable action) {
		browser.afterPageChange(action);
	}

}
