package no.samhald.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The warm-up swallows its failures, so only this test tells whether it renders at all. */
class TemplateWarmUpTests {

	@Test
	void theWarmUpPageRendersWithEveryFeatureItUses() {
		String html = TemplateWarmUp.page(TemplateWarmUp.engine());

		assertThat(html).contains("<title>Møte</title>")
			.contains("href=\"https://samhald.invalid/sogn-og-fjordane/meetings?page=2&amp;q=M%C3%B8te\"")
			.contains("class=\"current\"", "aria-current=\"page\"")
			.contains("Helse &amp; &lt;omsorg&gt;")
			.contains("1. januar 2026")
			.contains("1.234,50")
			.contains("KOMMUNE")
			.contains("1 av 2")
			.contains("readonly=\"readonly\"").doesNotContain("th:");
	}

}
