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
class OverdueSection implements OverviewSection {

	private final MyWork myWork;

	private final Access access;

	OverdueSection(MyWork myWork, Access access) {
		this.myWork = myWork;
		this.access = access;
	}

	@Override
	public Optional<Content> contentFor(Community community) {
		if (!access.canCoordinate(community.slug())) {
			return Optional.empty();
		}
		return Optional.of(new Content("work/overdue-summary", "overdue-summary",Map.of("overdue", myWork.overdueIn(community))));
	}

}
