package no.samhald.community;

import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import no.samhald.platform.DemoData;

/**
 * Loads a module's demo data into one of the demo communities, once (see {@link DemoData}); nothing
 * where that community does not exist. Every module's demo data starts this way.
 */
@Component
public class CommunityDemoLoads {

	private final DemoData demoData;

	private final Communities communities;

	CommunityDemoLoads(DemoData demoData, Communities communities) {
		this.demoData = demoData;
		this.communities = communities;
	}

	/** Runs {@code loader} for the community {@code slug} unless the load {@code key} ran before. */
	public void once(String slug, String key, Consumer<Community> loader) {
		communities.findBySlug(slug).ifPresent(community -> demoData.loadOnce(key, () -> loader.accept(community)));
	}

}
