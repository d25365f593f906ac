package no.samhald.community.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.samhald.community.Communities;

@RestController
@RequestMapping("/api/v1/communities")
record CommunityApi(Communities communities) {

	@GetMapping
	List<CommunityJson> all() {
		return communities.all().stream().map(CommunityJson::of).toList();
	}

	@GetMapping("/{community}")
	CommunityJson one(@PathVariable String community) {
		return CommunityJson.of(communities.bySlug(community));
	}

	/** {@code language}: nn, nb or en, the written language of the community's pages and documents. */
	record CommunityJson(String slug, String name, String shortName, String description, String language) {
		static CommunityJson of(no.samhald.community.Community c) {
			return new CommunityJson(c.slug(), c.name(), c.shortName(), c.description(), c.language());
		}
	}

}
