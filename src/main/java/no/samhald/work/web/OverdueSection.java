package no.samhald.work.web;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.community.OverviewSection;
import no.samhald.platform.Access;
import no.samhald.work.MyWork;

/** On a community's front page, its coordinators see how much is overdue, per kind, linking to the lists. */
@Component
record OverdueSection(MyWork myWork, Access access) implements OverviewSection {

	@Override
	public Optional<Content> contentFor(Community community) {
		if (!access.canCoordinate(community.slug())) {
			return Optional.empty();
		}
		return Optional.of(new Content("work/overdue-summary", "overdue-summary",Map.of("overdue", myWork.overdueIn(community))));
	}

}
