/**
 * Meeting (møte, sak, vedtak): meetings of a forum with participants and attendance, the cases
 * on the agenda numbered per forum and year ("SSU 12/2025"), proposals and decisions, minutes
 * that the chosen participants approve and that are then locked (later changes only as visible
 * corrections), conflicts of interest, and the anchoring trail (forankring) of one matter
 * through several forums before the one that decides.
 * <p>
 * The root package is the API: {@link no.samhald.meeting.Meetings}, {@link no.samhald.meeting.Cases},
 * {@link no.samhald.meeting.Decisions}, {@link no.samhald.meeting.Matters}, the events
 * {@link no.samhald.meeting.DecisionRecorded}, {@link no.samhald.meeting.MinutesApproved},
 * {@link no.samhald.meeting.MeetingNoticeChanged} and {@link no.samhald.meeting.MinutesAwaitingApproval},
 * and {@link no.samhald.meeting.MeetingSummaries} for the system's reads when it tells participants.
 * <p>
 * Glossary: meeting = møte · case = sak · case type = vedtakssak / drøftingssak / orienteringssak ·
 * proposal = forslag til vedtak · decision = vedtak · minutes = protokoll / møtereferat ·
 * notice = innkalling · agenda = saksliste · attendance = oppmøte · substitute = vara ·
 * disqualified = ugild · exempt from public access = unnateke offentlegheit (offl.) ·
 * matter = sak som skal forankrast · anchoring = forankring · correction = retting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meeting", allowedDependencies = { "platform", "platform :: documents", "community", "partnership" })
package no.samhald.meeting;
