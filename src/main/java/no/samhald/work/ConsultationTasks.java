package no.samhald.work;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.consultation.Consultations;
import no.samhald.consultation.Consultations.Awaited;
import no.samhald.consultation.Respondent;
import no.samhald.consultation.RespondentKind;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;
import no.samhald.platform.Access;
import no.samhald.platform.SignedInUser.Role;

/**
 * Consultation answers to submit: for a partner's contact the open rounds that ask the partner,
 * for a forum's secretary those that ask the forum, until the respondent has submitted (a draft
 * still waits), due by the round's deadline.
 */
@Component
record ConsultationTasks(Consultations consultations, Partners partners, Forums forums, Access access) implements TaskSource {

	@Override
	public List<Task> forCurrentPerson(Community community, LocalDateTime now) {
		Set<Long> ownPartners = access.scopesOf(Role.PARTNER_CONTACT, community.slug());
		Set<Long> keptForums = access.scopesOf(Role.FORUM_SECRETARY, community.slug());
		if (ownPartners.isEmpty() && keptForums.isEmpty()) {
			return List.of();
		}
		return tasks(community, now, respondent -> respondent.kind() == RespondentKind.PARTNER
				? ownPartners.contains(respondent.respondentId()) : keptForums.contains(respondent.respondentId()));
	}

	@Override
	public List<Task> overdueIn(Community community, LocalDateTime now) {
		return tasks(community, now, respondent -> true).stream().filter(Task::overdue).toList();
	}

	private List<Task> tasks(Community community, LocalDateTime now, Predicate<Respondent> answeredByThem) {
		List<Awaited> awaited = consultations.awaitingAnswers(community.id()).stream()
			.filter(a -> answeredByThem.test(a.respondent()))
			.toList();
		if (awaited.isEmpty()) {
			return List.of();
		}
		Map<Long, String> partnerNames = partners.all(community.id()).stream()
			.collect(Collectors.toMap(Partner::id, Partner::name));
		Map<Long, String> forumNames = forums.all(community.id()).stream()
			.collect(Collectors.toMap(Forum::id, Forum::label));
		return awaited.stream().map(a -> task(community, a, now, a.respondent().kind() == RespondentKind.PARTNER
				? partnerNames::get : forumNames::get)).toList();
	}

	private static Task task(Community community, Awaited awaited, LocalDateTime now, Function<Long, String> names) {
		Respondent respondent = awaited.respondent();
		String path = respondent.kind() == RespondentKind.PARTNER ? "/partners/" : "/forums/";
		return Task.of(TaskKind.CONSULTATION_TO_ANSWER, community.slug(), awaited.consultationId(),
				awaited.title() + " – " + names.apply(respondent.respondentId()), awaited.deadline(), now.toLocalDate(),
				"/consultations/" + awaited.consultationId() + path + respondent.respondentId());
	}

}
