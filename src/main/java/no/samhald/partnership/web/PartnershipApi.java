package no.samhald.partnership.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.samhald.community.Community;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;
import no.samhald.partnership.Member;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;
import no.samhald.partnership.RepresentationGap;
import no.samhald.platform.Access;

/** Partners and forums as JSON under {@code /api/v1/communities/{community}}. */
@RestController
@RequestMapping("/api/v1/communities/{community}")
record PartnershipApi(Partners partners, Forums forums, Access access) {

	@GetMapping("/partners")
	List<PartnerJson> partners(Community community) {
		var regions = partners.regions(community.id());
		return partners.all(community.id()).stream().map(p -> PartnerJson.of(p, regions)).toList();
	}

	@GetMapping("/partners/{id}")
	PartnerJson partner(Community community, @PathVariable long id) {
		return PartnerJson.of(partners.get(community.id(), id), partners.regions(community.id()));
	}

	@GetMapping("/forums")
	List<ForumJson> forums(Community community) {
		return forums.all(community.id()).stream().map(f -> forum(community, f)).toList();
	}

	@GetMapping("/forums/{id}")
	ForumJson forum(Community community, @PathVariable long id) {
		return forum(community, forums.get(community.id(), id));
	}

	private ForumJson forum(Community community, Forum forum) {
		boolean showContact = access.isMemberOf(community.slug());
		var members = forums.currentMembers(community.id(), forum.id()).stream()
			.map(m -> MemberJson.of(m, showContact))
			.toList();
		return new ForumJson(forum.id(), forum.kind().name(), forum.name(), forum.shortName(), forum.parentId(),
				forum.mandate(), forum.meetingFrequency(), members, forums.representationGaps(community.id(), forum.id()));
	}

	record PartnerJson(long id, String type, String name, String shortName, String municipalityCode, String region,
			String writtenLanguage, Long parentId, String description, int version) {

		static PartnerJson of(Partner p, List<no.samhald.partnership.Region> regions) {
			String region = regions.stream().filter(r -> r.id().equals(p.regionId())).map(no.samhald.partnership.Region::name)
				.findFirst().orElse(null);
			return new PartnerJson(p.id(), p.type().name(), p.name(), p.shortName(), p.municipalityCode(), region,
					p.writtenLanguage().name().toLowerCase(), p.parentId(), p.description(), p.version());
		}

	}

	record ForumJson(long id, String kind, String name, String shortName, Long parentId, String mandate,
			String meetingFrequency, List<MemberJson> members, List<RepresentationGap> representationGaps) {
	}

	record MemberJson(long personId, String name, String title, String email, String role, String representation,
			Long partnerId, String partner, LocalDate startDate, LocalDate endDate) {

		static MemberJson of(Member m, boolean showContact) {
			var seat = m.membership();
			return new MemberJson(m.person().id(), m.person().name(), m.person().title(),
					showContact ? m.person().email() : null, seat.role().name(), seat.representation().name(),
					seat.partnerId(), m.partner() == null ? null : m.partner().name(), seat.startDate(), seat.endDate());
		}

	}

}
