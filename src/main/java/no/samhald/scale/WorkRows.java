package no.samhald.scale;

import java.time.LocalDate;

/**
 * Action plans with areas and measures, projects, and agreements with their versions and each
 * municipality's implementation. Plans and projects are spread over the years; those that have
 * ended are completed or closed, current ones under way.
 */
final class WorkRows {

	private static final int AREAS_PER_PLAN = 5;

	private static final String[] PATIENT_GROUPS = { "CHILDREN_AND_YOUNG_PEOPLE", "SEVERE_MENTAL_ILLNESS_AND_ADDICTION",
			"FRAIL_ELDERLY", "MULTIPLE_CHRONIC_CONDITIONS", "PREGNANCY_BIRTH_AND_POSTNATAL" };

	private WorkRows() {
	}

	static void plans(Rows rows, Structure s, ScaleSize size, LocalDate today) {
		int firstYear = today.getYear() - size.years() + 1;
		long forum = s.forumIds.get(Math.min(1, s.forumIds.size() - 1));
		for (int p = 0; p < size.actionPlans(); p++) {
			LocalDate start = LocalDate.of(firstYear + p * size.years() / Math.max(1, size.actionPlans()), 1 + p % 12, 1);
			LocalDate end = start.plusYears(2).minusDays(1);
			long plan = rows.nextId(Table.ACTION_PLAN);
			rows.add(Table.ACTION_PLAN, plan, s.communityId,
					"Handlingsplan " + (p + 1) + " for " + Structure.topic(p) + " " + start.getYear() + "–" + end.getYear(),
					start, end, forum, "Tiltak for " + Structure.topic(p) + " i perioden.", 1);
			long[] areas = new long[AREAS_PER_PLAN];
			for (int a = 0; a < AREAS_PER_PLAN; a++) {
				areas[a] = rows.nextId(Table.PLAN_AREA);
				rows.add(Table.PLAN_AREA, areas[a], s.communityId, plan, a + 1, "Område " + (a + 1) + ": " + Structure.topic(p + a), 1);
			}
			boolean ended = end.isBefore(today);
			for (int m = 0; m < size.measuresPerPlan(); m++) {
				int forumIndex = (p + m) % s.forumIds.size();
				String status = ended ? (m % 6 == 0 ? "DISCONTINUED" : "COMPLETED")
						: switch (m % 4) { case 0 -> "PLANNED"; case 1 -> "NOT_STARTED"; case 3 -> "COMPLETED"; default -> "IN_PROGRESS"; };
				LocalDate due = start.plusMonths(3 + m % 20);
				rows.add(Table.MEASURE, rows.nextId(Table.MEASURE), s.communityId, plan, areas[m % AREAS_PER_PLAN],
						"Tiltak " + (m + 1) + ": " + Structure.topic(p + m) + " (plan " + (p + 1) + ")",
						"Felles arbeid om " + Structure.topic(p + m) + ".", PATIENT_GROUPS[(p + m) % PATIENT_GROUPS.length],
						s.forumIds.get(forumIndex), s.forumMembers.get(forumIndex).get(0), status,
						"Rutinen er teken i bruk i alle kommunane.", start, due.isAfter(end) ? end : due, 1);
			}
		}
	}

	static void projects(Rows rows, Structure s, ScaleSize size, LocalDate today) {
		int firstYear = today.getYear() - size.years() + 1;
		for (int p = 0; p < size.projects(); p++) {
			LocalDate start = LocalDate.of(firstYear + p * size.years() / Math.max(1, size.projects()), 1 + p % 12, 1);
			LocalDate end = start.plusYears(2);
			String status = end.isBefore(today) ? "CLOSED" : start.isAfter(today) ? "PLANNED" : "ACTIVE";
			long project = rows.nextId(Table.PROJECT);
			rows.add(Table.PROJECT, project, s.communityId, "Prosjekt " + (p + 1) + ": " + Structure.topic(p),
					"Eit felles prosjekt om " + Structure.topic(p) + ".", "Greie ut og prøve ut ein felles modell.", status,
					start, end, s.forumIds.get(Math.min(1, s.forumIds.size() - 1)), 1);
			rows.add(Table.PROJECT_GOAL, rows.nextId(Table.PROJECT_GOAL), s.communityId, project, "GOAL", 0,
					"Betre samhandling om " + Structure.topic(p) + ".");
		}
	}

	static void agreements(Rows rows, Structure s, ScaleSize size, LocalDate today) {
		int firstYear = today.getYear() - size.years() + 1;
		long committee = s.forumIds.get(Math.min(3, s.forumIds.size() - 1));
		for (int a = 0; a < size.agreements(); a++) {
			String kind = a == 0 ? "FRAMEWORK" : a <= 12 ? "SUB_AGREEMENT" : "ROUTINE";
			long agreement = rows.nextId(Table.AGREEMENT);
			String title = a == 0 ? "Overordna samarbeidsavtale" : (a <= 12 ? "Delavtale " + a : "Retningslinje " + (a - 12))
					+ " om " + Structure.topic(a);
			rows.add(Table.AGREEMENT, agreement, s.communityId, kind, a >= 1 && a <= 12 ? a : null, title,
					"Avtalen skildrar ansvar og oppgåver mellom partane.", a % 7 == 6 ? "UNDER_REVISION" : "IN_FORCE",
					committee, LocalDate.of(today.getYear() + 1 + a % 3, 6, 30), 1);
			for (int v = 0; v < 3; v++) {
				LocalDate adopted = LocalDate.of(firstYear + v * Math.max(1, size.years() / 3), 3 + a % 9, 15);
				rows.add(Table.AGREEMENT_VERSION, rows.nextId(Table.AGREEMENT_VERSION), agreement, adopted.getYear() + "-versjon",
						adopted, "Partnarskapsmøtet", v == 0 ? "Første versjon." : "Revidert etter evaluering.",
						"Partane skal samarbeide om " + Structure.topic(a) + ".");
			}
			for (int m = 0; m < s.municipalityIds.size(); m++) {
				String status = switch ((a + m) % 5) { case 0 -> "NOT_STARTED"; case 1, 2 -> "IN_PROGRESS"; default -> "IMPLEMENTED"; };
				rows.add(Table.IMPLEMENTATION, rows.nextId(Table.IMPLEMENTATION), agreement, s.municipalityIds.get(m), status, "",
						LocalDate.of(today.getYear() - 1, 1 + (a + m) % 12, 10), 1);
			}
		}
	}

}
