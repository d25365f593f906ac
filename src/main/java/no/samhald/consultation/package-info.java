/**
 * Consultation (høyring, innspelsrunde): a coordinator sends a draft (an action plan, an agreement
 * version or an uploaded file) with questions and a deadline to chosen partners and forums; each
 * answers once per question (draft, submit, correct until the deadline; late answers are marked),
 * and the coordinator writes the joint statement from the answers, side by side. A round links to
 * the case that decides it.
 * <p>
 * The root package is the API: {@link no.samhald.consultation.Consultations} (rounds),
 * {@link no.samhald.consultation.Responses} (answers), the event
 * {@link no.samhald.consultation.ConsultationOpened} and
 * {@link no.samhald.consultation.Consultations#awaitingAnswers} for the reminders.
 * <p>
 * Glossary: consultation round = høyring / innspelsrunde · respondent = høyringsinstans ·
 * answer = innspel / høyringssvar · joint statement = samla innspel · deadline = høyringsfrist.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultation", allowedDependencies = { "platform",
		"platform :: documents", "community", "partnership", "plan", "agreement", "meeting" })
package no.samhald.consultation;
