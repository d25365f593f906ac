package no.samhald.consultation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import no.samhald.SignedIn;
import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.consultation.SaveConsultation.UploadedFile;
import no.samhald.partnership.Forums;
import no.samhald.partnership.Partners;
import no.samhald.platform.ConflictException;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.SignedInUser;
import no.samhald.platform.SignedInUser.Grant;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A round as its coordinator, its respondents, other members and the public meet it: drafts,
 * submission, correction, late answers, closing, who reads what, the identity guard and the file check.
 */
@SamhaldTest
class ConsultationIntegrationTests {

	@Autowired
	Communities communities;

	@Autowired
	Consultations consultations;

	@Autowired
	Responses responses;

	@Autowired
	Partners partners;

	@Autowired
	Forums forums;

	@Autowired
	JdbcClient jdbc;

	Community sogn;

	long kinn;

	long sogndal;

	long fsu;

	@BeforeEach
	void demo() {
		sogn = communities.bySlug(SignedIn.SOGN);
		kinn = partners.all(sogn.id()).stream().filter(p -> "Kinn".equals(p.shortName())).findFirst().orElseThrow().id();
		sogndal = partners.all(sogn.id()).stream().filter(p -> "Sogndal".equals(p.shortName())).findFirst().orElseThrow().id();
		fsu = forums.all(sogn.id()).stream().filter(f -> "FSU".equals(f.shortName())).findFirst().orElseThrow().id();
	}

	@AfterEach
	void signOut() {
		SignedIn.out();
	}

	@Test
	void aDraftIsTheRespondentsOwnAndAClosedRoundsSubmittedAnswerOnlyItsAndTheCoordinators() {
		Consultation round = open(false, null);
		Respondent kinnAsked = Respondent.partner(kinn);

		as(Role.PARTNER_CONTACT, kinn);
		Response draft = responses.answer(sogn, round.id(), kinnAsked, new SaveAnswers(List.of("Utkast", ""), false, 0));
		assertThat(draft.isSubmitted()).isFalse();
		as(Role.PARTNER_CONTACT, sogndal);
		assertThat(responses.visible(sogn, round)).isEmpty();
		assertThatThrownBy(() -> responses.of(sogn, round.id(), kinnAsked)).isInstanceOf(AccessDeniedException.class);

		as(Role.PARTNER_CONTACT, kinn);
		Response submitted = responses.answer(sogn, round.id(), kinnAsked,
				new SaveAnswers(List.of("Ja, tydeleg.", "Ingenting."), true, draft.version()));
		assertThat(submitted.isSubmitted()).isTrue();
		assertThat(submitted.late()).isFalse();
		assertThat(responses.visible(sogn, round)).hasSize(1);

		as(Role.PARTNER_CONTACT, sogndal);
		assertThat(responses.visible(sogn, round)).as("a closed round's answer is not for other partners").isEmpty();
		SignedIn.asCoordinator();
		assertThat(responses.visible(sogn, round)).extracting(r -> r.answer(0)).containsExactly("Ja, tydeleg.");
		SignedIn.out();
		assertThatThrownBy(() -> consultations.get(sogn, round.id())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aPublicRoundShowsSubmittedAnswersToThePublicButNotDrafts() {
		Consultation round = open(true, null);
		as(Role.PARTNER_CONTACT, kinn);
		responses.answer(sogn, round.id(), Respondent.partner(kinn), new SaveAnswers(List.of("Offentleg svar"), true, 0));
		as(Role.FORUM_SECRETARY, fsu);
		responses.answer(sogn, round.id(), Respondent.forum(fsu), new SaveAnswers(List.of("FSU-utkast"), false, 0));

		SignedIn.out();
		assertThat(consultations.visible(sogn)).extracting(Consultation::id).contains(round.id());
		assertThat(responses.visible(sogn, round)).extracting(r -> r.answer(0)).containsExactly("Offentleg svar");
	}

	@Test
	void answersPassTheIdentityGuardAndASaveOverAnOlderVersionIsRefused() {
		Consultation round = open(false, null);
		as(Role.PARTNER_CONTACT, kinn);
		Respondent asked = Respondent.partner(kinn);

		assertThatThrownBy(() -> responses.answer(sogn, round.id(), asked,
				new SaveAnswers(List.of("Pasienten 13075530638 vart sendt heim"), false, 0)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).field()).isEqualTo("answers[0]"));
		responses.answer(sogn, round.id(), asked, new SaveAnswers(List.of("Første"), false, 0));
		assertThatThrownBy(() -> responses.answer(sogn, round.id(), asked, new SaveAnswers(List.of("Andre"), false, 0)))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void afterTheDeadlineAnswersAreMarkedLateSubmittedOnesLockedAndAClosedRoundTakesNone() {
		Consultation round = open(false, null);
		as(Role.PARTNER_CONTACT, kinn);
		Response onTime = responses.answer(sogn, round.id(), Respondent.partner(kinn),
				new SaveAnswers(List.of("I tide"), true, 0));
		jdbc.sql("update consultation set deadline = current_date - 1 where id = :id").param("id", round.id()).update();

		assertThatThrownBy(() -> responses.answer(sogn, round.id(), Respondent.partner(kinn),
				new SaveAnswers(List.of("Retta for seint"), true, onTime.version())))
			.isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("consultation.answer.locked"));
		as(Role.FORUM_SECRETARY, fsu);
		assertThat(responses.answer(sogn, round.id(), Respondent.forum(fsu), new SaveAnswers(List.of("Seint"), true, 0))
			.late()).isTrue();

		SignedIn.asCoordinator(() -> consultations.close(sogn, round.id()));
		as(Role.PARTNER_CONTACT, sogndal);
		assertThatThrownBy(() -> responses.answer(sogn, round.id(), Respondent.partner(sogndal),
				new SaveAnswers(List.of("Etter avslutning"), true, 0)))
			.isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("consultation.closed"));
	}

	@Test
	void anUploadedDocumentMustBeWhatItsNameSays() {
		byte[] program = "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> open(false, new UploadedFile("utkast.pdf", program)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("consultation.file.content"));

		byte[] pdf = "%PDF-1.4 utkast".getBytes(StandardCharsets.US_ASCII);
		Consultation round = open(false, new UploadedFile("C:\\utkast\\delavtale.pdf", pdf));
		SignedIn.asCoordinator();
		StoredFile stored = consultations.document(sogn, round.id());
		assertThat(stored.filename()).isEqualTo("delavtale.pdf");
		assertThat(stored.content()).isEqualTo(pdf);
	}

	private Consultation open(boolean publicRound, UploadedFile file) {
		return SignedIn.asCoordinator(() -> consultations.open(sogn, new SaveConsultation("Testhøyring " + UUID.randomUUID(),
				"", file == null ? DocumentKind.NONE : DocumentKind.FILE, null, null, file,
				List.of("Er utkastet tydeleg?", "Kva bør endrast?"), List.of(kinn, sogndal), List.of(fsu),
				LocalDate.now().plusDays(14), publicRound, null, 0)));
	}

	private void as(Role role, long scope) {
		var user = new SignedInUser("test-" + role + "-" + scope, "", false, "Test", Role.MEMBER, SignedIn.SOGN, null,
				List.of(new Grant(role, SignedIn.SOGN, scope)));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
