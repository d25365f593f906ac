package no.samhald.meeting;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.ConflictException;
import no.samhald.platform.IdentityNumbers;
import no.samhald.platform.InvalidInputException;

/** Visible corrections to approved minutes: the only change locked minutes allow. */
@Service
public class MinutesCorrections {

	private final Meetings meetings;

	private final ForumKeepers keepers;

	private final Access access;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	MinutesCorrections(Meetings meetings, ForumKeepers keepers, Access access, AuditLog audit, JdbcClient jdbc) {
		this.meetings = meetings;
		this.keepers = keepers;
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/** Adds a visible correction to approved minutes, by a keeper of the meeting's forum. */
	@Transactional
	public void correct(Community community, long id, Long caseId, String text) {
		Meeting current = keepers.meeting(community, id);
		if (!current.isLocked()) {
			throw new ConflictException("minutes.correction.notLocked", "meeting " + id + " is not approved");
		}
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("text", "validation.required");
		}
		IdentityNumbers.refuseIn("text", text);
		jdbc.sql("""
				insert into minutes_correction (community_id, meeting_id, case_id, text, made_by)
				values (:community, :meeting, :case, :text, :by)
				""")
			.param("community", community.id()).param("meeting", id).param("case", caseId)
			.param("text", text.strip()).param("by", access.currentUsername())
			.update();
		audit.record(community.slug(), "minutes.corrected", "meeting " + id, caseId == null ? "" : "case " + caseId);
	}

	/**
	 * The corrections of the minutes of a meeting read with {@link Meetings#get}, oldest first, if the
	 * current person may see the meeting (checked again without reading it).
	 */
	public List<Correction> of(Community community, Meeting meeting) {
		meetings.requireVisible(community, meeting);
		return jdbc.sql("""
				select id, case_id, text, made_by, made_at from minutes_correction
				where community_id = :community and meeting_id = :meeting order by made_at, id
				""")
			.param("community", community.id()).param("meeting", meeting.id())
			.query((rs, n) -> new Correction(rs.getLong("id"), (Long) rs.getObject("case_id"), rs.getString("text"),
					rs.getString("made_by"), rs.getTimestamp("made_at").toInstant()))
			.list();
	}

}
