package no.samhald.costsplit.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import no.samhald.community.Community;
import no.samhald.costsplit.CostSplit;
import no.samhald.costsplit.CostSplits;
import no.samhald.costsplit.SplitBasis;
import no.samhald.platform.NotFoundException;

/** A project's adopted cost split as JSON; public, like the project's budget. */
@RestController
record CostSplitApi(CostSplits splits) {

	@GetMapping("/api/v1/communities/{community}/projects/{id}/split")
	@Operation(summary = "The project's adopted split of its shared cost: whole kroner per partner, summing exactly to the amount")
	SplitJson split(Community community, @PathVariable long id) {
		CostSplit split = splits.of(community.id(), id).orElseThrow(() -> new NotFoundException("cost split of project", id));
		boolean byPopulation = split.basis() == SplitBasis.POPULATION;
		return new SplitJson(split.amount(), split.basis().name(), split.year(), split.source(), split.adoptedOn(),
				split.shares().stream()
					.map(s -> new ShareJson(s.partnerId(), s.partnerName(), s.municipalityCode(),
							byPopulation ? s.weight() : null, s.weight(), s.amountNok()))
					.toList());
	}

	record ShareJson(long partnerId, String partnerName, String municipalityCode, Long population, long weight,
			long amountNok) {
	}

	record SplitJson(long amount, String basis, Integer year, String source, LocalDate adoptedOn, List<ShareJson> shares) {
	}

}
