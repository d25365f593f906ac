package no.samhald.scale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.samhald.scale.SsbMunicipalities.Municipality;

/**
 * One generated community's partners (its municipalities, a health trust and two of its
 * hospitals), forums and their members, with the ids the other rows refer to.
 */
final class Structure {

	static final int MEMBERS_PER_FORUM = 6;

	private static final String[] FIRST_NAMES = { "Astrid", "Bjarne", "Cecilie", "Dag", "Eli", "Frode", "Gunn", "Halvard",
			"Ingeborg", "Jostein", "Kjersti", "Lars", "Marit", "Nils", "Oddny", "Per", "Randi", "Sverre", "Tone", "Vegard" };

	private static final String[] LAST_NAMES = { "Aasen", "Berge", "Dale", "Eide", "Fjeld", "Grov", "Haugland", "Indrebø",
			"Kvamme", "Lunde", "Myklebust", "Nesheim", "Ostad", "Rønneberg", "Sande", "Tveit", "Vik" };

	private static final String[][] FORUMS = { { "PARTNERSHIP_MEETING", "Partnarskapsmøtet" },
			{ "STRATEGIC_COMMITTEE", "Strategisk samarbeidsutval" }, { "USER_COMMITTEE", "Brukarutvalet" },
			{ "AGREEMENT_COMMITTEE", "Avtaleutvalet" } };

	private static final String[] TOPICS = { "barn og unge", "psykisk helse og rus", "skrøpelege eldre",
			"fleire kroniske lidingar", "svangerskap, fødsel og barsel", "habilitering", "rehabilitering",
			"legemiddel", "digital samhandling", "utskrivingsklare pasientar", "akuttmedisin" };

	final long communityId;

	final List<Long> municipalityIds = new ArrayList<>();

	final List<Long> hospitalIds = new ArrayList<>();

	long trustId;

	final List<Long> forumIds = new ArrayList<>();

	/** The members of each forum, in the order of {@link #forumIds}. */
	final List<List<Long>> forumMembers = new ArrayList<>();

	final List<String> forumNames = new ArrayList<>();

	private Structure(long communityId) {
		this.communityId = communityId;
	}

	static String topic(int i) {
		return TOPICS[Math.floorMod(i, TOPICS.length)];
	}

	static Structure write(Rows rows, long communityId, int number, List<Municipality> municipalities, int forums,
			LocalDate since) {
		var s = new Structure(communityId);
		s.trustId = rows.nextId(Table.PARTNER);
		rows.add(Table.PARTNER, s.trustId, communityId, "HEALTH_TRUST", "Helseføretak " + number, "HF" + number, null, null, 1);
		for (int h = 1; h <= 2; h++) {
			long id = rows.nextId(Table.PARTNER);
			rows.add(Table.PARTNER, id, communityId, "HOSPITAL", "Sjukehus " + number + "-" + h, null, null, s.trustId, 1);
			s.hospitalIds.add(id);
		}
		var names = new java.util.HashSet<String>();
		for (Municipality m : municipalities) {
			long id = rows.nextId(Table.PARTNER);
			String name = names.add(m.name()) ? m.name() : m.name() + " (" + m.code() + ")";
			rows.add(Table.PARTNER, id, communityId, "MUNICIPALITY", name, null, m.code(), null, 1);
			s.municipalityIds.add(id);
		}
		for (int f = 0; f < forums; f++) {
			long id = rows.nextId(Table.FORUM);
			String kind = f < FORUMS.length ? FORUMS[f][0] : "PROFESSIONAL_COMMITTEE";
			String name = f < FORUMS.length ? FORUMS[f][1] : "Fagleg samarbeidsutval for " + topic(f) + (f >= FORUMS.length + TOPICS.length ? " " + f : "");
			Long parent = f <= 1 ? null : s.forumIds.get(1);
			rows.add(Table.FORUM, id, communityId, kind, name, null, parent,
					"Samordnar arbeidet med " + topic(f) + " mellom kommunane og helseføretaket.", "Seks møte i året", 1);
			s.forumIds.add(id);
			s.forumNames.add(name);
			var members = new ArrayList<Long>();
			for (int m = 0; m < MEMBERS_PER_FORUM; m++) {
				long person = rows.nextId(Table.PERSON);
				int n = f * MEMBERS_PER_FORUM + m + number;
				rows.add(Table.PERSON, person, communityId,
						FIRST_NAMES[n % FIRST_NAMES.length] + " " + LAST_NAMES[(n * 7 + f) % LAST_NAMES.length],
						m == 0 ? "Leiar" : "Rådgjevar", 1);
				long partner = m % 3 == 0 ? s.trustId : s.municipalityIds.get((f * MEMBERS_PER_FORUM + m) % s.municipalityIds.size());
				rows.add(Table.MEMBERSHIP, rows.nextId(Table.MEMBERSHIP), id, person, role(m), partner, since, 1);
				members.add(person);
			}
			s.forumMembers.add(members);
		}
		return s;
	}

	private static String role(int m) {
		return switch (m) {
			case 0 -> "LEADER";
			case 1 -> "DEPUTY_LEADER";
			case MEMBERS_PER_FORUM - 1 -> "SECRETARY";
			default -> "MEMBER";
		};
	}

}
