package no.samhald.community.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Api;
import no.samhald.SamhaldTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A community's pages are written in its language until the reader chooses another. */
@SamhaldTest
class CommunityLanguageTests {

	private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\slang=\"([a-z]+)\"");

	@LocalServerPort
	int port;

	@Test
	void vestfoldWritesBokmaalAndSognOgFjordaneNynorsk() {
		assertThat(pageLanguage("/vestfold")).isEqualTo("nb");
		assertThat(pageLanguage("/vestfold/forums")).isEqualTo("nb");
		assertThat(pageLanguage("/sogn-og-fjordane")).isEqualTo("nn");
		assertThat(pageLanguage("/")).isEqualTo("nn");
	}

	@Test
	void theReadersChoiceWinsOverTheCommunitysLanguage() {
		assertThat(pageLanguage("/vestfold?lang=nn")).isEqualTo("nn");
		assertThat(pageLanguage("/vestfold?lang=en")).isEqualTo("en");
	}

	private String pageLanguage(String path) {
		Matcher html = HTML_LANG.matcher(new Api(port).get(path).body());
		assertThat(html.find()).as(path).isTrue();
		return html.group(1);
	}

	@Test
	void theApiSaysWhichLanguageACommunityWrites() {
		var vestfold = new Api(port).get("/api/v1/communities").json().valueStream()
			.filter(c -> c.get("slug").asString().equals("vestfold")).findFirst().orElseThrow();
		assertThat(vestfold.get("language").asString()).isEqualTo("nb");
	}

}
