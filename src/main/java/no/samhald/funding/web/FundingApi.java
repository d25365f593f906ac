package no.samhald.funding.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.samhald.community.Community;
import no.samhald.funding.Funding;
import no.samhald.funding.GrantAccount;
import no.samhald.funding.GrantUse;

/** Grants with their uses, what is spent and what is left, as JSON; a public body's accounts are public. */
@RestController
@RequestMapping("/api/v1/communities/{community}/funding")
record FundingApi(Funding funding) {

	@GetMapping
	List<GrantJson> all(Community community) {
		return funding.accounts(community.id()).stream().map(GrantJson::of).toList();
	}

	@GetMapping("/{id}")
	GrantJson one(Community community, @PathVariable long id) {
		return GrantJson.of(funding.account(community.id(), id));
	}

	record GrantJson(long id, String title, String source, Long recipientPartnerId, int year, long amount,
			String purpose, Long reportingForumId, long spent, long balance, List<UseJson> uses, int version) {

		static GrantJson of(GrantAccount account) {
			var g = account.grant();
			return new GrantJson(g.id(), g.title(), g.source(), g.recipientPartnerId(), g.year(), g.amount(), g.purpose(),
					g.reportingForumId(), account.spent(), account.balance(),
					account.uses().stream().map(UseJson::of).toList(), g.version());
		}

	}

	record UseJson(long id, LocalDate spentOn, String description, long amount, int version) {

		static UseJson of(GrantUse u) {
			return new UseJson(u.id(), u.spentOn(), u.description(), u.amount(), u.version());
		}

	}

}
