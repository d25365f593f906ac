package no.samhald.notification;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.meeting.MeetingSummary;
import no.samhald.platform.AccountLinks;
import no.samhald.platform.MailContent;
import no.samhald.platform.PartnerHierarchy;
import no.samhald.platform.AccountLinks.RoleHolder;
import no.samhald.platform.SignedInUser.Role;

/**
 * Who is told, in which language, and the links in the mail. A person is written to in the
 * language they chose (kept when they save their choices of mail), otherwise in their community's.
 */
@Component
record Recipients(AccountLinks accounts, MailContent texts, PartnerHierarchy partners) {

	/**
	 * Those who act for a partner, with an e-mail: its contacts and those of the partners above it
	 * (a hospital's deviation reaches the health trust's contacts too); each account once.
	 */
	List<RoleHolder> partnerContacts(Community community, long partnerId) {
		var byUsername = new LinkedHashMap<String, RoleHolder>();
		for (long actedFor : partners.selfAndAbove(partnerId)) {
			accounts.holders(Role.PARTNER_CONTACT, community.slug(), actedFor)
				.forEach(holder -> byUsername.putIfAbsent(holder.username(), holder));
		}
		return withEmail(List.copyOf(byUsername.values()));
	}

	List<RoleHolder> coordinators(Community community) {
		return withEmail(accounts.coordinators(community.slug()));
	}

	List<RoleHolder> person(String username) {
		return withEmail(accounts.person(username).stream().toList());
	}

	/** Each measure's owners with an e-mail, read at once for all the measures; a measure without any, left out. */
	Map<Long, List<RoleHolder>> measureOwners(Community community, Collection<Long> measureIds) {
		var owners = new HashMap<Long, List<RoleHolder>>();
		accounts.holders(Role.MEASURE_OWNER, community.slug(), measureIds)
			.forEach((measureId, holders) -> owners.put(measureId, withEmail(holders)));
		return owners;
	}

	/** The secretaries of a forum, with an e-mail. */
	List<RoleHolder> forumSecretaries(Community community, long forumId) {
		return withEmail(accounts.holders(Role.FORUM_SECRETARY, community.slug(), forumId));
	}

	/** The language to write to {@code username} in: their own, or else (also for a person without an account) their community's. */
	Locale languageOf(Community community, String username) {
		return accounts.language(username).orElseGet(community::locale);
	}

	String link(Community community, String path) {
		return texts.link("/" + community.slug() + path);
	}

	String deviationLink(Community community, long deviationId) {
		return link(community, "/deviations/" + deviationId);
	}

	String meetingLink(Community community, long meetingId, String page) {
		return link(community, "/meetings/" + meetingId + "/" + page);
	}

	/**
	 * Participants of a meeting to mail: at the e-mail of the account linked to the person (so their
	 * choices apply), else at the e-mail of the person record, with no username; those with neither
	 * are left out. Each address once.
	 */
	List<RoleHolder> invitees(Community community, List<MeetingSummary.Invitee> invitees) {
		Map<Long, RoleHolder> accountsByPerson = accounts.holdersOfPersons(community.slug(),
				invitees.stream().map(MeetingSummary.Invitee::personId).toList());
		var byEmail = new LinkedHashMap<String, RoleHolder>();
		for (MeetingSummary.Invitee invitee : invitees) {
			RoleHolder account = accountsByPerson.get(invitee.personId());
			RoleHolder holder = account != null && hasEmail(account) ? account
					: new RoleHolder(null, invitee.name(), invitee.email());
			if (hasEmail(holder)) {
				byEmail.putIfAbsent(holder.email().toLowerCase(Locale.ROOT), holder);
			}
		}
		return List.copyOf(byEmail.values());
	}

	private static boolean hasEmail(RoleHolder holder) {
		return holder.email() != null && !holder.email().isBlank();
	}

	private static List<RoleHolder> withEmail(List<RoleHolder> holders) {
		return holders.stream().filter(h -> h.email() != null && !h.email().isBlank()).toList();
	}

}
