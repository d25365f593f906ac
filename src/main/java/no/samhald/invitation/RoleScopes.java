package no.samhald.invitation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.partnership.Forums;
import no.samhald.partnership.Partners;
import no.samhald.plan.ActionPlans;
import no.samhald.plan.Measures;
import no.samhald.platform.SignedInUser.Role;

/**
 * What a scoped role can be for in a community: its partners, forums, and the measures of its
 * action plans; and the name of each, to show a role as "partner contact for Helse Førde".
 */
@Component
public class RoleScopes {

	private final Partners partners;

	private final Forums forums;

	private final ActionPlans plans;

	private final Measures measures;

	RoleScopes(Partners partners, Forums forums, ActionPlans plans, Measures measures) {
		this.partners = partners;
		this.forums = forums;
		this.plans = plans;
		this.measures = measures;
	}

	/** The partners, forums or measures a role can be given for, by name; measures named with their action plan. */
	public List<Scope> choices(Community community, Role role) {
		return names(community, role).entrySet().stream().map(e -> new Scope(e.getKey(), e.getValue())).toList();
	}

	/** The name of the partner, forum or measure, if it is the community's. */
	public Optional<String> name(Community community, Role role, long scopeId) {
		return Optional.ofNullable(names(community, role).get(scopeId));
	}

	/** The names of all scopes of the community by role and id, read once for a page that names many. */
	public Map<Role, Map<Long, String>> allNames(Community community) {
		var all = new LinkedHashMap<Role, Map<Long, String>>();
		for (Role role : new Role[] { Role.PARTNER_CONTACT, Role.FORUM_SECRETARY, Role.MEASURE_OWNER }) {
			all.put(role, names(community, role));
		}
		return all;
	}

	private Map<Long, String> names(Community community, Role role) {
		var names = new LinkedHashMap<Long, String>();
		switch (role) {
			case PARTNER_CONTACT -> partners.all(community.id()).forEach(p -> names.put(p.id(), p.name()));
			case FORUM_SECRETARY -> forums.all(community.id()).forEach(f -> names.put(f.id(), f.name()));
			case MEASURE_OWNER -> plans.all(community.id())
				.forEach(plan -> measures.ofPlan(community.id(), plan.id())
					.forEach(m -> names.put(m.id(), plan.title() + ": " + m.title())));
			default -> throw new IllegalArgumentException(role + " has no scope");
		}
		return names;
	}

	/** A partner, forum or measure a role can be for. */
	public record Scope(long id, String name) {
	}

}
