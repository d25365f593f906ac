package no.samhald.placement;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import no.samhald.Api;
import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.TestSmtp;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.partnership.Partner;
import no.samhald.platform.ConflictException;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.SignedInUser;
import no.samhald.platform.SignedInUser.Grant;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@SamhaldTest
class PlacementIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@LocalServerPort
	int port;

	@Autowired
	Communities communities;

	@Autowired
	PlacementRounds rounds;

	@Autowired
	PlacementDoctors doctors;

	@Autowired
	PlacementAllocations allocations;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SignedIn.out();
	}

	@Test
	void aMunicipalitysContactOffersItsOwnPlacesOnlyAndASecondSaveOfTheSameVersionIsAConflict() {
		Community sogn = sogn();
		PlacementRound round = newRound(sogn, LocalDate.now().plusMonths(2));
		Partner kinn = municipality("Kinn");
		Partner other = municipality("Sogndal");
		asContactOf(kinn);

		PlaceOffer offer = rounds.offer(sogn, round, kinn.id(), new SaveOffer(2, "Florø legekontor", "Dr. Rettleiar", true, false, null, 0));
		assertThatThrownBy(() -> rounds.offer(sogn, round, other.id(), new SaveOffer(1, "Sogndal legekontor", null, false, false, null, 0)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> rounds.offer(sogn, round, kinn.id(), new SaveOffer(0, " ", null, false, false, null, 0)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(keys(ex.problems()))
				.containsExactly("placement.offer.seats.range", "validation.required"));

		rounds.update(sogn, round, kinn.id(), offer.id(), new SaveOffer(3, "Florø legekontor", null, true, false, null, offer.version()));
		assertThatThrownBy(() -> rounds.update(sogn, round, kinn.id(), offer.id(),
				new SaveOffer(1, "Florø legekontor", null, true, false, null, offer.version())))
			.isInstanceOf(OptimisticLockingFailureException.class);
		SignedIn.out();
		assertThat(rounds.seatsPerMunicipality(sogn.id(), round)).containsEntry("Kinn kommune", 3);
	}

	@Test
	void aCsvIsImportedAllOrNothingAndWishesBreakingTheRulesAreRefusedWithTheirReasons() {
		Community sogn = sogn();
		SignedIn.asCoordinator();
		PlacementRound round = newRound(sogn, LocalDate.now().plusMonths(2));
		PlaceOffer place = rounds.offer(sogn, round, municipality("Kinn").id(), new SaveOffer(1, "Florø legekontor", null, false, false, null, 0));
		PlaceOffer other = rounds.offer(sogn, round, municipality("Sogndal").id(), new SaveOffer(1, "Sogndal legekontor", null, false, false, null, 0));

		assertThatThrownBy(() -> doctors.importCsv(sogn, round, "namn;e-post\nAda Test;ada@lis1.example\nBo Test;ikkje-epost\n"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(keys(ex.problems())).containsExactly("placement.csv.email");
				assertThat(ex.problems().get(0).arguments()).containsExactly(3);
			});
		assertThat(doctors.of(sogn, round)).as("nothing stored from a CSV with a bad line").isEmpty();

		List<DoctorLink> links = doctors.importCsv(sogn, round, "Ada Test;ada@lis1.example\nBo Test, bo@lis1.example\n");
		assertThat(links).extracting(l -> l.doctor().name()).containsExactly("Ada Test", "Bo Test");
		String token = links.get(0).token();
		assertThat(jdbc.sql("select count(*) from placement_doctor where token_hash = :t").param("t", token).query(Integer.class).single())
			.as("only the hash of the link is stored").isZero();
		SignedIn.out();

		Lis1Doctor ada = links.get(0).doctor();
		assertThatThrownBy(() -> doctors.saveWishes(sogn, token, new SaveWishes(Map.of(place.id(), 1, other.id(), 1), false, null, ada.version())))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(keys(ex.problems())).containsExactly("placement.wish.duplicateRank"));
		assertThatThrownBy(() -> doctors.saveWishes(sogn, token, new SaveWishes(Map.of(-1L, 1), false, "Nokon Ukjend", ada.version())))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(keys(ex.problems()))
				.containsExactlyInAnyOrder("placement.wish.unknownPlace", "placement.wish.togetherUnknown"));
		doctors.saveWishes(sogn, token, new SaveWishes(Map.of(place.id(), 1, other.id(), 2), true, "bo test", ada.version()));
		DoctorWishes mine = doctors.byLink(sogn, token);
		assertThat(mine.ranks()).containsEntry(place.id(), 1).containsEntry(other.id(), 2);
		assertThat(mine.doctor().cannotDrive()).isTrue();

		SignedIn.asCoordinator();
		PlacementRound late = newRound(sogn, LocalDate.now().plusMonths(1));
		jdbc.sql("update placement_round set wishes_due = current_date - 1 where id = :id").param("id", late.id()).update();
		String lateToken = doctors.add(sogn, late, "Cem Test", "cem@lis1.example").token();
		SignedIn.out();
		assertThatThrownBy(() -> doctors.saveWishes(sogn, lateToken, new SaveWishes(Map.of(), false, null, 0)))
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(ex.messageKey()).isEqualTo("placement.wish.late"));
	}

	@Test
	void theProposalIsMovedByHandApprovedPrintedAndEveryoneIsToldTheirPlacement() throws Exception {
		Community sogn = sogn();
		SignedIn.asCoordinator();
		PlacementRound round = newRound(sogn, LocalDate.now().plusMonths(2));
		Partner kinn = municipality("Kinn");
		PlaceOffer flora = rounds.offer(sogn, round, kinn.id(), new SaveOffer(1, "Florø legekontor", "Dr. Fjord", true, false, null, 0));
		PlaceOffer sogndal = rounds.offer(sogn, round, municipality("Sogndal").id(), new SaveOffer(2, "Sogndal legesenter", null, false, true, null, 0));
		List<DoctorLink> links = doctors.importCsv(sogn, round, "Ada Plassert;ada.p@lis1.example\nBo Plassert;bo.p@lis1.example\n");
		SignedIn.out();
		doctors.saveWishes(sogn, links.get(0).token(), new SaveWishes(Map.of(flora.id(), 1, sogndal.id(), 2), false, null, links.get(0).doctor().version()));
		doctors.saveWishes(sogn, links.get(1).token(), new SaveWishes(Map.of(flora.id(), 1), true, null, links.get(1).doctor().version()));

		SignedIn.asCoordinator();
		Allocation proposal = allocations.propose(sogn, round);
		long ada = links.get(0).doctor().id();
		long bo = links.get(1).doctor().id();
		assertThat(placeOf(proposal, bo)).as("Bo cannot drive, Sogndal needs a car").isEqualTo(flora.id());
		assertThat(placeOf(proposal, ada)).isEqualTo(sogndal.id());
		assertThat(proposal.totals()).isEqualTo(new Allocation.Totals(1, 1, 0, 0, 0, 0, 0));

		assertThatThrownBy(() -> allocations.move(sogn, round, ada, flora.id(), proposal.number()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(keys(ex.problems())).containsExactly("placement.allocation.full"));
		Allocation moved = allocations.move(sogn, round, bo, null, proposal.number());
		assertThat(moved.totals().unplaced()).isEqualTo(1);
		assertThatThrownBy(() -> allocations.move(sogn, round, ada, flora.id(), proposal.number()))
			.as("based on an old version").isInstanceOf(ConflictException.class);
		Allocation back = allocations.move(sogn, round, bo, flora.id(), moved.number());
		assertThat(allocations.history(sogn, round)).extracting(Allocation.Entry::number).containsExactly(3, 2, 1);

		allocations.approve(sogn, round, back.number());
		assertThat(rounds.get(sogn.id(), round.id()).isApproved()).isTrue();
		SignedIn.out();

		MimeMessage toBo = arrived("bo.p@lis1.example");
		assertThat(toBo.getSubject()).contains("Tenestestaden din");
		assertThat(body(toBo)).contains("Kinn", "Florø legekontor", "/sogn-og-fjordane/placement-rounds/" + round.id());
		assertThat(body(arrived("kinn@samhald.example"))).contains("Florø legekontor: Bo Plassert").doesNotContain("Ada Plassert");

		String base = "/sogn-og-fjordane/placement-rounds/" + round.id() + "/allocation/allocation";
		try (var pdf = Loader.loadPDF(download(base + ".pdf"))) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("Bo Plassert", "Florø legekontor", "Dr. Fjord", "Ada Plassert");
		}
		try (var docx = new XWPFDocument(new ByteArrayInputStream(download(base + ".docx")))) {
			assertThat(new XWPFWordExtractor(docx).getText()).contains("Bo Plassert", "Sogndal legesenter", "Kinn");
		}
	}

	@Test
	void thePublicSeesThePlacesPerMunicipalityButNobodysWishesOrPlacement() {
		Community sogn = sogn();
		PlacementRound autumn = rounds.all(sogn.id()).stream().filter(PlacementRound::isApproved).findFirst().orElseThrow();
		String path = "/api/v1/communities/sogn-og-fjordane/placement-rounds/" + autumn.id();

		var anonymous = new Api(port).get(path);
		assertThat(anonymous.status()).isEqualTo(200);
		assertThat(anonymous.json().get("places").size()).isEqualTo(12);
		assertThat(anonymous.json().has("allocation")).isFalse();
		var coordinator = new Api(port).as("koordinator", "samhald-demo").get(path);
		assertThat(coordinator.json().get("allocation").get("doctors").size()).isEqualTo(8);
		assertThat(coordinator.json().get("allocation").get("doctors").get(0).get("rank").isNumber()).isTrue();

		String page = new Api(port).get("/sogn-og-fjordane/placement-rounds/" + autumn.id()).body();
		assertThat(page).contains("Kinn").doesNotContain("Ingvild Aaslund", "lis1.example");
		assertThat(new Api(port).get("/api/v1/communities/sogn-og-fjordane/placement-rounds").json().size()).isGreaterThanOrEqualTo(2);

		SignedIn.as("medlem", Role.MEMBER, SignedIn.SOGN);
		assertThatThrownBy(() -> doctors.of(sogn, autumn)).isInstanceOf(AccessDeniedException.class);
		long allocator = rounds.allocatorIds(autumn).get(0);
		var person = new SignedInUser("fordelar", "", false, "Fordelar", Role.MEMBER, SignedIn.SOGN, allocator);
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
		assertThat(doctors.of(sogn, autumn)).hasSize(8);
	}

	private PlacementRound newRound(Community sogn, LocalDate start) {
		return SignedIn.asCoordinator(() -> rounds.create(sogn, new SaveRound("Testrunde " + System.nanoTime(), start,
				start.plusMonths(6), LocalDate.now(), start.minusDays(7), List.of(), 0)));
	}

	private Partner municipality(String name) {
		return rounds.municipalities(sogn().id()).stream().filter(p -> name.equals(p.shortName())).findFirst().orElseThrow();
	}

	private static void asContactOf(Partner partner) {
		var user = new SignedInUser("kinn", "", false, "Kontakt", Role.MEMBER, SignedIn.SOGN, null,
				List.of(new Grant(Role.PARTNER_CONTACT, SignedIn.SOGN, partner.id())));
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private static Long placeOf(Allocation allocation, long doctorId) {
		return allocation.rows().stream().filter(r -> r.doctor().id() == doctorId).findFirst().orElseThrow().offer().id();
	}

	private static List<String> keys(List<FieldProblem> problems) {
		return problems.stream().map(FieldProblem::messageKey).toList();
	}

	private Community sogn() {
		return communities.bySlug(SignedIn.SOGN);
	}

	private static MimeMessage arrived(String to) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> {
				try {
					return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(to))
							&& body(m).contains("placement-rounds");
				}
				catch (Exception ex) {
					return false;
				}
			})
			.findFirst(), Optional::isPresent).orElseThrow();
	}

	/** The plain text of the mail, decoded. */
	private static String body(jakarta.mail.Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return part.getContent().toString();
		}
		if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
			var text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(body(multipart.getBodyPart(i)));
			}
			return text.toString();
		}
		return "";
	}

	private byte[] download(String path) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("koordinator:samhald-demo".getBytes(StandardCharsets.UTF_8)))
			.build();
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
