package no.samhald.plan;

import java.util.List;

import org.springframework.stereotype.Service;

import no.samhald.platform.NotFoundException;

/** The strategies of a community. Every method is scoped by the community's id. */
@Service
public class Strategies {

	private final StrategyRepository strategies;

	Strategies(StrategyRepository strategies) {
		this.strategies = strategies;
	}

	/** Newest period first. */
	public List<Strategy> all(long communityId) {
		return strategies.findByCommunityIdOrderByFirstYearDesc(communityId);
	}

	public Strategy get(long communityId, long id) {
		return strategies.findByIdAndCommunityId(id, communityId).orElseThrow(() -> new NotFoundException("strategy", id));
	}

}
