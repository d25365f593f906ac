package no.samhald.network.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.samhald.community.Community;
import no.samhald.network.LearningNetwork;
import no.samhald.network.NetworkGatherings;
import no.samhald.network.Team;
import no.samhald.partnership.Partner;
import no.samhald.partnership.People;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;

/**
 * The learning network's page (teams by partner, figures, gatherings with the teams that came),
 * a team's page, and the coordinator's forms. A stale save comes back with what the other person
 * changed.
 */
@Controller
@RequestMapping("/{community}/network")
record NetworkController(LearningNetwork network, NetworkGatherings gatherings, People people, Access access,
		Clock clock) {

	@GetMapping
	String overview(Community community, Model model) {
		var teams = network.teams(community);
		model.addAttribute("figures", network.figures(community.id()));
		model.addAttribute("teamCount", teams.size());
		model.addAttribute("byPartner", TeamsByPartner.group(teams, network.teamPartners(community.id())));
		if (access.canCoordinate(community.slug())) {
			model.addAttribute("linkable", gatherings.linkable(community.id()));
		}
		return "network/overview";
	}

	@GetMapping("/teams/{id}")
	String team(Community community, @PathVariable long id, Model model) {
		Team team = network.team(community, id);
		model.addAttribute("team", team);
		model.addAttribute("partner", partnersById(community).get(team.partnerId()));
		model.addAttribute("showsMembers", network.showsMembers(community));
		model.addAttribute("gatherings", gatherings.all(community.id()).stream()
			.filter(g -> g.teamIds().contains(id)).toList());
		return "network/team";
	}

	@GetMapping("/teams/new")
	String newTeam(Community community, Model model) {
		access.requireCoordinator(community.slug());
		return teamForm(community, TeamForm.empty(LocalDate.now(clock)), null, model);
	}

	@PostMapping("/teams")
	String register(Community community, @Valid @ModelAttribute("team") TeamForm form, BindingResult result,
			Model model) {
		access.requireCoordinator(community.slug());
		return FormSubmission.save(result, () -> {
			Team saved = network.register(community, form.toCommand());
			return community.redirectTo("/network/teams/" + saved.id() + "?saved");
		}, () -> teamForm(community, form.withEmptyRows(), null, model));
	}

	@GetMapping("/teams/{id}/edit")
	String editTeam(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return teamForm(community, TeamForm.of(network.team(community, id)), id, model);
	}

	@PostMapping("/teams/{id}")
	String update(Community community, @PathVariable long id, @Valid @ModelAttribute("team") TeamForm form,
			BindingResult result, Model model) {
		access.requireCoordinator(community.slug());
		return FormSubmission.update(result, model, form, () -> network.team(community, id), () -> {
			network.update(community, id, form.toCommand());
			return community.redirectTo("/network/teams/" + id + "?saved");
		}, () -> teamForm(community, form.withEmptyRows(), id, model));
	}

	@PostMapping("/gatherings")
	String link(Community community, @RequestParam long eventId) {
		gatherings.link(community, eventId);
		return community.redirectTo("/network?linked#gatherings");
	}

	@GetMapping("/gatherings/{eventId}/teams")
	String teamsForm(Community community, @PathVariable long eventId, Model model) {
		access.requireCoordinator(community.slug());
		return teamsPage(community, eventId, GatheringTeamsForm.of(gatherings.get(community.id(), eventId)), model);
	}

	@PostMapping("/gatherings/{eventId}/teams")
	String recordTeams(Community community, @PathVariable long eventId,
			@Valid @ModelAttribute("attendance") GatheringTeamsForm form, BindingResult result, Model model) {
		access.requireCoordinator(community.slug());
		return FormSubmission.update(result, model, form, () -> gatherings.get(community.id(), eventId), () -> {
			gatherings.recordTeams(community, eventId, form.toCommand());
			return community.redirectTo("/network?teamsSaved#gatherings");
		}, () -> teamsPage(community, eventId, form, model));
	}

	@PostMapping("/gatherings/{eventId}/remove")
	String unlink(Community community, @PathVariable long eventId, @RequestParam int version) {
		gatherings.unlink(community, eventId, version);
		return community.redirectTo("/network?unlinked#gatherings");
	}

	private String teamForm(Community community, TeamForm form, Long id, Model model) {
		model.addAttribute("team", form);
		model.addAttribute("teamId", id);
		model.addAttribute("partners", network.teamPartners(community.id()));
		model.addAttribute("people", people.all(community.id()));
		return "network/team-form";
	}

	private String teamsPage(Community community, long eventId, GatheringTeamsForm form, Model model) {
		model.addAttribute("gathering", gatherings.get(community.id(), eventId));
		model.addAttribute("attendance", form);
		model.addAttribute("teams", network.teams(community));
		return "network/gathering-teams";
	}

	private Map<Long, Partner> partnersById(Community community) {
		return network.teamPartners(community.id()).stream().collect(Collectors.toMap(Partner::id, Function.identity()));
	}

}
