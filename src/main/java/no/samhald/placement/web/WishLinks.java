package no.samhald.placement.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import no.samhald.community.Community;

/** The full address of a doctor's personal link, to copy into a mail to them. */
@Component
record WishLinks(@Value("${samhald.base-url:http://localhost:8080}") String baseUrl) {

	String of(Community community, String token) {
		return baseUrl + "/" + community.slug() + "/placement-wishes/" + token;
	}

	record Shown(String name, String link) {
	}

}
