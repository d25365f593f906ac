package no.samhald.scale;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Meetings of every forum through the years, with participants and cases. Cases are numbered
 * per forum and year from 1 in meeting order, as the meeting module numbers them; meetings more
 * than a month past have approved minutes, recent ones are held, later ones planned; every
 * 29th case is exempt from public access with its legal basis and a public title without names.
 */
final class MeetingRows {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final String[] PHRASES = { "felles rutine for utskriving", "rapport frå arbeidsgruppa",
			"høyring av revidert delavtale", "budsjett og økonomi", "evaluering av tenestemodellen",
			"kompetanseplan for tilsette", "oppfølging av avvik", "tilskot og søknader", "årsmelding",
			"erfaringar frå kommunane" };

	private static final String[] TYPES = { "DECISION", "DISCUSSION", "INFORMATION", "DECISION" };

	private MeetingRows() {
	}

	static void write(Rows rows, Structure s, ScaleSize size, LocalDate today) {
		int firstYear = today.getYear() - size.years() + 1;
		for (int f = 0; f < s.forumIds.size(); f++) {
			long forum = s.forumIds.get(f);
			List<Long> members = s.forumMembers.get(f);
			for (int year = firstYear; year <= today.getYear(); year++) {
				int number = 0;
				for (int j = 0; j < size.meetingsPerYear(); j++) {
					int month = 1 + j * 12 / size.meetingsPerYear();
					LocalDateTime starts = LocalDate.of(year, month, 3 + f % 20).atTime(10, 0);
					long meeting = rows.nextId(Table.MEETING);
					boolean held = starts.toLocalDate().isBefore(today);
					boolean approved = starts.toLocalDate().isBefore(today.minusDays(30));
					var approvedAt = approved ? starts.plusDays(21).atZone(OSLO).toInstant() : null;
					rows.add(Table.MEETING, meeting, s.communityId, forum, "Møte " + (j + 1) + "/" + year, starts,
							starts.plusHours(4), j % 2 == 0 ? "Videomøte" : "Møterom 1, " + s.forumNames.get(f),
							approved ? "MINUTES_APPROVED" : held ? "HELD" : "PLANNED", f != 2 || j % 2 == 0, approvedAt, 1);
					for (int p = 0; p < members.size(); p++) {
						String attendance = !held ? null : (p + j + year) % 7 == 0 ? "ABSENT" : "PRESENT";
						rows.add(Table.MEETING_PARTICIPANT, meeting, p, members.get(p), null, attendance, p < 2,
								approved && p < 2 ? approvedAt : null);
					}
					for (int c = 0; c < size.casesPerMeeting(); c++) {
						number++;
						writeCase(rows, s, forum, meeting, year, number, f + c + j, held ? starts : null);
					}
				}
			}
		}
	}

	private static void writeCase(Rows rows, Structure s, long forum, long meeting, int year, int number, int n,
			LocalDateTime decidedAt) {
		String type = TYPES[number % TYPES.length];
		boolean exempt = (number + year) % 29 == 0;
		String phrase = PHRASES[(number * 3 + year) % PHRASES.length];
		String topic = Structure.topic(n + year);
		String title = exempt ? "Tilsetjing av prosjektleiar for " + topic : capitalised(phrase) + ": " + topic;
		String publicTitle = exempt ? "Personalsak" : title;
		String background = "Saka gjeld " + topic + " i " + year + ". Arbeidsgruppa har samla erfaringar frå kommunane "
				+ "og helseføretaket om " + phrase + ".";
		String proposal = "Utvalet tek saka til orientering og ber sekretariatet følgje opp " + phrase + ".";
		String decision = decidedAt != null && type.equals("DECISION")
				? "Utvalet vedtok " + phrase + " for " + topic + " som føreslått." : null;
		rows.add(Table.MEETING_CASE, rows.nextId(Table.MEETING_CASE), s.communityId, forum, meeting, year, number, title,
				publicTitle, type, exempt ? "" : background, proposal, decision,
				decision == null ? null : decidedAt.atZone(OSLO).toInstant(), exempt, exempt ? "Offl. § 25" : null, 1);
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
