package no.samhald.partnership;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.Dimension;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renews docs/screenshot.png, the picture in the README, on request only:
 * {@code ./mvnw -B -o test -Dtest=ReadmeScreenshotBrowserTests -Dsamhald.readme-screenshot=true}.
 */
@SamhaldTest
@EnabledIfSystemProperty(named = "samhald.readme-screenshot", matches = "true")
class ReadmeScreenshotBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void savesTheStructurePageAsTheReadmeScreenshot() throws IOException {
		var browser = new Browser(port).reset();
		try {
			browser.driver().manage().window().setSize(new Dimension(1280, 1040));
			browser.open("/sogn-og-fjordane/structure");
			Path shot = browser.screenshot("readme");
			Path target = Files.createDirectories(Path.of("docs")).resolve("screenshot.png");
			Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
			assertThat(Files.size(target)).isLessThan(300_000);
		}
		finally {
			browser.desktopSize();
		}
	}

}
