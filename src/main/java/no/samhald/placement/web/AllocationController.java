package no.samhald.placement.web;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.samhald.community.Community;
import no.samhald.placement.Allocation;
import no.samhald.placement.PlacementAllocations;
import no.samhald.placement.PlacementRound;
import no.samhald.placement.PlacementRounds;
import no.samhald.platform.ConflictException;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.documents.Downloads;

/**
 * The allocation of a round, for its allocators: compute a proposal, move a doctor by hand (the
 * totals show the effect; a move to a full place is refused with a message), approve, and download
 * the approved allocation as PDF or DOCX for Helse Førde and the statsforvaltar.
 */
@Controller
@RequestMapping("/{community}/placement-rounds/{round}/allocation")
record AllocationController(PlacementRounds rounds, PlacementAllocations allocations, AllocationFiles files) {

	@GetMapping
	String allocation(Community community, @PathVariable long round, Model model) {
		return page(community, rounds.get(community.id(), round), model);
	}

	@PostMapping("/proposals")
	String propose(Community community, @PathVariable long round) {
		allocations.propose(community, rounds.get(community.id(), round));
		return community.redirectTo("/placement-rounds/" + round + "/allocation?proposed");
	}

	@PostMapping("/moves")
	String move(Community community, @PathVariable long round, @RequestParam long doctorId,
			@RequestParam(required = false) Long offerId, @RequestParam int basedOn, Model model) {
		PlacementRound r = rounds.get(community.id(), round);
		try {
			allocations.move(community, r, doctorId, offerId, basedOn);
			return community.redirectTo("/placement-rounds/" + round + "/allocation?moved");
		}
		catch (InvalidInputException ex) {
			model.addAttribute("refusal", ex.problems().get(0));
			return page(community, r, model);
		}
		catch (ConflictException ex) {
			model.addAttribute("refusal", new InvalidInputException.FieldProblem(null, ex.messageKey()));
			return page(community, r, model);
		}
	}

	@PostMapping("/approval")
	String approve(Community community, @PathVariable long round, @RequestParam int number) {
		allocations.approve(community, rounds.get(community.id(), round), number);
		return community.redirectTo("/placement-rounds/" + round + "/allocation?approved");
	}

	@GetMapping("/allocation.pdf")
	ResponseEntity<byte[]> pdf(Community community, @PathVariable long round, Locale locale) {
		PlacementRound r = rounds.get(community.id(), round);
		return Downloads.attachment(files.pdf(community, r, approved(community, r), locale), MediaType.APPLICATION_PDF,
				Downloads.fileName(r.name()) + ".pdf");
	}

	@GetMapping("/allocation.docx")
	ResponseEntity<byte[]> docx(Community community, @PathVariable long round, Locale locale) {
		PlacementRound r = rounds.get(community.id(), round);
		return Downloads.attachment(files.docx(community, r, approved(community, r), locale), Downloads.DOCX,
				Downloads.fileName(r.name()) + ".docx");
	}

	/** Only an approved allocation is sent out as a document. */
	private Allocation approved(Community community, PlacementRound round) {
		Allocation current = allocations.current(community, round).orElse(null);
		if (current == null || !round.isApproved()) {
			throw new NotFoundException("approved placement allocation", round.id());
		}
		return current;
	}

	private String page(Community community, PlacementRound round, Model model) {
		model.addAttribute("round", round);
		model.addAttribute("allocation", allocations.current(community, round).orElse(null));
		model.addAttribute("history", allocations.history(community, round));
		model.addAttribute("offers", rounds.offers(round));
		model.addAttribute("partnerNames", rounds.partnerNames(community.id()));
		return "placement/allocation";
	}

}
