package no.samhald.partnership;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import no.samhald.community.Community;

/**
 * Builds the structure of one demo community as the seeds describe it (001, 002, 003, 004):
 * partners, regions, forums with mandate and frequency, and members. The persons are invented.
 */
final class DemoStructure {

	private static final LocalDate START_2022 = LocalDate.of(2022, 1, 1);

	private final long communityId;

	private final Map<String, Partner> partnerByName = new HashMap<>();

	private final Map<String, Forum> forumByLabel = new HashMap<>();

	private final RegionRepository regions;

	private final PartnerRepository partners;

	private final ForumRepository forums;

	private final PersonRepository people;

	private final MembershipRepository memberships;

	DemoStructure(Community community, RegionRepository regions, PartnerRepository partners, ForumRepository forums,
			PersonRepository people, MembershipRepository memberships) {
		this.communityId = community.id();
		this.regions = regions;
		this.partners = partners;
		this.forums = forums;
		this.people = people;
		this.memberships = memberships;
	}

	void sognOgFjordane() {
		Region nordfjord = region("Nordfjord");
		Region sunnfjord = region("Sunnfjord");
		Region sogn = region("Sogn");
		Region hafs = region("HAFS");
		municipality("4602", "Kinn", nordfjord, WrittenLanguage.NN);
		municipality("4635", "Gulen", hafs, WrittenLanguage.NN);
		municipality("4636", "Solund", hafs, WrittenLanguage.NN);
		municipality("4637", "Hyllestad", hafs, WrittenLanguage.NN);
		municipality("4638", "Høyanger", sogn, WrittenLanguage.NN);
		municipality("4639", "Vik", sogn, WrittenLanguage.NN);
		municipality("4640", "Sogndal", sogn, WrittenLanguage.NN);
		municipality("4641", "Aurland", sogn, WrittenLanguage.NN);
		municipality("4642", "Lærdal", sogn, WrittenLanguage.NN);
		municipality("4643", "Årdal", sogn, WrittenLanguage.NN);
		municipality("4644", "Luster", sogn, WrittenLanguage.NN);
		municipality("4645", "Askvoll", hafs, WrittenLanguage.NN);
		municipality("4646", "Fjaler", hafs, WrittenLanguage.NN);
		municipality("4647", "Sunnfjord", sunnfjord, WrittenLanguage.NN);
		municipality("4648", "Bremanger", nordfjord, WrittenLanguage.NN);
		municipality("4649", "Stad", nordfjord, WrittenLanguage.NN);
		municipality("4650", "Gloppen", nordfjord, WrittenLanguage.NN);
		municipality("4651", "Stryn", nordfjord, WrittenLanguage.NN);
		Partner trust = partner(PartnerType.HEALTH_TRUST, "Helse Førde", "HFD", null,
				"Helseføretaket i Sogn og Fjordane, med tre sjukehus.");
		partner(PartnerType.HOSPITAL, "Førde sentralsjukehus", null, trust, "");
		partner(PartnerType.HOSPITAL, "Nordfjord sjukehus", null, trust, "");
		partner(PartnerType.HOSPITAL, "Lærdal sjukehus", null, trust, "");
		partner(PartnerType.KS, "KS Vestland", "KS", null, "Kommunesektorens organisasjon; sekretariat for helse- og omsorgsutvalet saman med samhandlingskoordinatoren.");
		partner(PartnerType.UNIVERSITY_COLLEGE, "Høgskulen på Vestlandet", "HVL", null, "Samarbeid om utdanning, forsking og innovasjon gjennom Samarbeidsrådet.");
		partner(PartnerType.DEVELOPMENT_CENTRE, "Utviklingssenter for sjukeheimar og heimetenester i Sogn og Fjordane", "USHT", null, "Støttar kommunane i læringsnettverk og fagnettverk.");
		partner(PartnerType.USER_ORGANISATION, "FFO Vestland", "FFO", null, "Funksjonshemmedes Fellesorganisasjon; brukarrepresentantar.");

		Forum partnership = forum(ForumKind.PARTNERSHIP_MEETING, "Partnarskapsmøte", null, null,
				"Øvste nivå i helsefellesskapet: politisk og administrativ toppleiing i kommunane og Helse Førde. Set retning og vedtek strategi.", "Ein gong i året");
		Forum ssu = forum(ForumKind.STRATEGIC_COMMITTEE, "Strategisk samarbeidsutval", "SSU", partnership,
				"Strategisk samarbeidsutval førebur saker for partnarskapsmøtet, vedtek handlingsplan og er styringsgruppe for samhandlingsprosjektet.", "Fire gonger i året");
		Forum fsu = forum(ForumKind.PROFESSIONAL_COMMITTEE, "Fagleg samarbeidsutval", "FSU", ssu,
				"Fagleg samarbeidsutval utarbeider handlingsplanen, opprettar fag- og arbeidsgrupper for dei prioriterte pasientgruppene og skriv mandata deira.", "Seks gonger i året");
		Forum users = forum(ForumKind.USER_COMMITTEE, "Felles brukarutval", "FBU", ssu,
				"Felles brukarutval for Helse Førde og kommunane; sikrar brukarmedverknad på alle nivå.", "Fire gonger i året");
		forumByLabel.put("FBU", forums.save(withoutRepresentationRule(users)));
		Forum agreements = forum(ForumKind.AGREEMENT_COMMITTEE, "Avtaleutvalet", null, ssu,
				"Revisjon av avtaleverket: overordna samarbeidsavtale og 19 delavtalar skal forenklast, konkretiserast og digitaliserast.", "Etter behov");
		Forum hou = forum(ForumKind.KS_HEALTH_AND_CARE_COMMITTEE, "KS Helse- og omsorgsutvalet", "HOU", null,
				"Peikar på særlege satsingsområde og prioriterte arbeidsoppgåver for samhandlingskoordinatoren.", "Fem gonger i året");
		forum(ForumKind.KS_CHIEF_EXECUTIVES_COMMITTEE, "KS Kommunedirektørutvalet", "KDU", null,
				"Felles overordna administrativt utval for raske avklaringar på tvers av kommunane.", "Ved behov");
		forum(ForumKind.CHIEF_MEDICAL_OFFICERS_NETWORK, "Kommuneoverlegenettverket", null, null,
				"Nettverk for kommuneoverlegane i Sogn og Fjordane.", "Fire gonger i året");
		forum(ForumKind.PROFESSIONAL_NETWORK, "KD-nettverk region Fjordane", null, null,
				"Nettverk for kommunedirektørane i region Fjordane.", "Etter behov");
		forum(ForumKind.PROFESSIONAL_NETWORK, "Nettverket for kommunalsjefar i HAFS", null, null,
				"Kommunalsjefane for helse og omsorg i Hyllestad, Askvoll, Fjaler og Solund.", "Etter behov");
		forum(ForumKind.PROFESSIONAL_NETWORK, "Nettverket for kommunalsjefar i Sogn", null, null,
				"Kommunalsjefane for helse og omsorg i Sogn.", "Etter behov");
		forum(ForumKind.PROFESSIONAL_NETWORK, "Fagnettverk innan eldremedisin", null, fsu,
				"Fagnettverk for eldre med skrøpelegheit, saman med USHT.", "To gonger i året");
		forum(ForumKind.PROFESSIONAL_NETWORK, "Møteplassen for koordinerande einingar", null, fsu,
				"Meir samanheng i tenestene for personar med fleire kroniske lidingar.", "To gonger i året");
		forum(ForumKind.WORKING_GROUP, "Arbeidsgruppe for samhandlingsavvik", null, fsu,
				"Regionale dagssamlingar om samhandlingsavvik; rutinar og retningslinjer for arbeidet.", "Etter behov");
		forum(ForumKind.LEARNING_NETWORK, "Læringsnettverk for gode pasientforløp", null, fsu,
				"17 team frå 12 kommunar og Helse Førde; «kva er viktig for deg?».", "Fire samlingar");
		Forum project = forum(ForumKind.PROJECT_GROUP, "Prosjektgruppe for samhandlingsprosjektet", null, ssu,
				"Prosjektgruppa for samhandlingsprosjektet: felles kunnskapsgrunnlag, rekruttering og stabilisering av kompetanse. SSU er styringsgruppe.", "Månadleg");

		Person coordinator = person("Ingrid Fjærestad", "Interkommunal samhandlingskoordinator");
		Person trustDirector = person("Håkon Brekke", "Administrerande direktør, Helse Førde");
		Person collaborationHead = person("Solveig Nygård", "Samhandlingssjef, Helse Førde");
		Person municipalDirector = person("Eirik Lunde", "Kommunedirektør, Kinn kommune");
		Person municipalHead = person("Astrid Hjelmeland", "Kommunalsjef, Sogndal kommune");
		Person municipalHead2 = person("Arne Bakke", "Kommunalsjef, Askvoll kommune");
		Person userRep = person("Gunnhild Sande", "Brukarrepresentant, FFO Vestland");
		Person userRep2 = person("Oddvar Ness", "Brukarrepresentant");
		Person gp = person("Sindre Myklebust", "Fastlege, Stryn kommune");
		Person gp2 = person("Maren Tveit", "Praksiskonsulent og fastlege");
		Person chiefMedical = person("Per Ove Vik", "Kommuneoverlege, Kinn kommune");
		Person ks = person("Liv Rønning", "Rådgjevar, KS Vestland");
		Person consultant = person("Jorunn Sæbø", "Seniorrådgjevar");
		Person minutes = person("Torstein Hovland", "Rådgjevar, sekretariatet");

		seat(ssu, trustDirector, MembershipRole.LEADER, "Helse Førde", Representation.PARTNER);
		seat(ssu, municipalDirector, MembershipRole.DEPUTY_LEADER, "Kinn", Representation.PARTNER);
		seat(ssu, coordinator, MembershipRole.MEMBER, null, Representation.PARTNER);
		seat(ssu, ks, MembershipRole.MEMBER, "KS Vestland", Representation.PARTNER);
		seat(ssu, userRep, MembershipRole.MEMBER, "FFO Vestland", Representation.USER_REPRESENTATIVE);
		seat(ssu, gp, MembershipRole.MEMBER, "Stryn", Representation.GENERAL_PRACTITIONER);
		seat(ssu, minutes, MembershipRole.MINUTES_TAKER, null, Representation.PARTNER);
		seat(fsu, collaborationHead, MembershipRole.LEADER, "Helse Førde", Representation.PARTNER);
		seat(fsu, coordinator, MembershipRole.DEPUTY_LEADER, null, Representation.PARTNER);
		seat(fsu, municipalHead, MembershipRole.MEMBER, "Sogndal", Representation.PARTNER);
		seat(fsu, userRep2, MembershipRole.MEMBER, "FFO Vestland", Representation.USER_REPRESENTATIVE);
		seat(users, userRep, MembershipRole.LEADER, "FFO Vestland", Representation.USER_REPRESENTATIVE);
		seat(users, coordinator, MembershipRole.MEMBER, null, Representation.PARTNER);
		seat(agreements, coordinator, MembershipRole.LEADER, null, Representation.PARTNER);
		seat(agreements, collaborationHead, MembershipRole.MEMBER, "Helse Førde", Representation.PARTNER);
		seat(agreements, chiefMedical, MembershipRole.MEMBER, "Kinn", Representation.PARTNER);
		seat(agreements, gp2, MembershipRole.MEMBER, null, Representation.GENERAL_PRACTITIONER);
		seat(hou, municipalHead, MembershipRole.LEADER, "Sogndal", Representation.PARTNER);
		seat(hou, municipalHead2, MembershipRole.MEMBER, "Askvoll", Representation.PARTNER);
		seat(hou, coordinator, MembershipRole.SECRETARY, null, Representation.PARTNER);
		seat(forumByLabel.get("Kommuneoverlegenettverket"), chiefMedical, MembershipRole.LEADER, "Kinn", Representation.PARTNER);
		seat(project, coordinator, MembershipRole.LEADER, "Kinn", Representation.PARTNER);
		seat(project, collaborationHead, MembershipRole.MEMBER, "Helse Førde", Representation.PARTNER);
		seat(project, consultant, MembershipRole.MEMBER, null, Representation.PARTNER);
		seat(project, ks, MembershipRole.MEMBER, "KS Vestland", Representation.PARTNER);
	}

	void vestfold() {
		Region vestfold = region("Vestfold");
		municipality("3901", "Horten", vestfold, WrittenLanguage.NB);
		municipality("3903", "Holmestrand", vestfold, WrittenLanguage.NB);
		municipality("3905", "Tønsberg", vestfold, WrittenLanguage.NB);
		municipality("3907", "Sandefjord", vestfold, WrittenLanguage.NB);
		municipality("3909", "Larvik", vestfold, WrittenLanguage.NB);
		municipality("3911", "Færder", vestfold, WrittenLanguage.NB);
		partner(PartnerType.HEALTH_TRUST, "Sykehuset i Vestfold", "SiV", null, "Helseforetaket i Vestfold, i Helse Sør-Øst.");
		partner(PartnerType.KS, "KS Vestfold", "KS", null, "");

		Forum partnership = forum(ForumKind.PARTNERSHIP_MEETING, "Partnerskapsmøte", null, null,
				"Godkjenner handlingsplan og strategi for Helsefellesskapet i Vestfold.", "Årlig");
		Forum ssu = forum(ForumKind.STRATEGIC_COMMITTEE, "Strategisk samarbeidsutvalg", "SSU", partnership,
				"Gis myndighet til å konkretisere og endelig vedta handlingsplanen, og foreløpig vedta strategien.", "Fire ganger i året");
		Forum fsu = forum(ForumKind.PROFESSIONAL_COMMITTEE, "Faglig samarbeidsutvalg", "FSU", ssu,
				"Følger opp satsningene i handlingsplanen; arbeidsgruppe for samhandlingsavvik.", "Seks ganger i året");
		forum(ForumKind.OTHER, "DLG", null, ssu, "Gir innspill til handlingsplanen på et overordnet nivå.", "Etter behov");
		forum(ForumKind.SUB_COMMITTEE, "Fagutvalg for fastlegetjenesten", null, fsu, "Fastlegesituasjonen.", "Etter behov");
		forum(ForumKind.SUB_COMMITTEE, "Fagutvalg for HR-samarbeid", null, fsu, "Rekruttere og beholde helsepersonell.", "Etter behov");

		Person leader = person("Kari Holtan", "Samhandlingssjef, Sykehuset i Vestfold");
		Person municipal = person("Bjørn Aasen", "Kommunalsjef, Tønsberg kommune");
		Person userRep = person("Randi Moe", "Brukerrepresentant");
		seat(ssu, leader, MembershipRole.LEADER, "Sykehuset i Vestfold", Representation.PARTNER);
		seat(ssu, municipal, MembershipRole.DEPUTY_LEADER, "Tønsberg", Representation.PARTNER);
		seat(ssu, userRep, MembershipRole.MEMBER, null, Representation.USER_REPRESENTATIVE);
		seat(fsu, municipal, MembershipRole.LEADER, "Tønsberg", Representation.PARTNER);
	}

	private Region region(String name) {
		return regions.save(new Region(null, communityId, name));
	}

	private void municipality(String code, String name, Region region, WrittenLanguage language) {
		Partner saved = partners.save(new Partner(null, communityId, PartnerType.MUNICIPALITY, name + " kommune", name,
				code, region.id(), language, null, "", 0));
		partnerByName.put(name, saved);
	}

	private Partner partner(PartnerType type, String name, String shortName, Partner parent, String description) {
		Partner saved = partners.save(new Partner(null, communityId, type, name, shortName, null, null,
				WrittenLanguage.NN, parent == null ? null : parent.id(), description, 0));
		partnerByName.put(name, saved);
		return saved;
	}

	private Forum forum(ForumKind kind, String name, String shortName, Forum parent, String mandate, String frequency) {
		Forum saved = forums.save(new Forum(null, communityId, kind, name, shortName, parent == null ? null : parent.id(),
				mandate, frequency, true, 0));
		forumByLabel.put(saved.label(), saved);
		return saved;
	}

	private Forum withoutRepresentationRule(Forum forum) {
		return new Forum(forum.id(), forum.communityId(), forum.kind(), forum.name(), forum.shortName(),
				forum.parentId(), forum.mandate(), forum.meetingFrequency(), false, forum.version());
	}

	private Person person(String name, String title) {
		String email = name.toLowerCase().replace(' ', '.').replace("æ", "ae").replace("ø", "o").replace("å", "a")
				+ "@example.org";
		return people.save(new Person(null, communityId, name, title, email, 0));
	}

	private void seat(Forum forum, Person person, MembershipRole role, String partnerName, Representation representation) {
		Long partnerId = partnerName == null ? null : partnerByName.get(partnerName).id();
		memberships.save(new Membership(null, forum.id(), person.id(), role, partnerId, representation, START_2022,
				null, 0));
	}

}
