package no.samhald.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.partnership.MembershipRole;

/** {@link CommunityMeetings} for {@link MeetingRepository}: the same aggregates, two queries. */
class CommunityMeetingsImpl implements CommunityMeetings {

	private final JdbcClient jdbc;

	CommunityMeetingsImpl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Meeting> findByCommunityIdOrderByStartsAtDesc(Long communityId) {
		Map<Long, List<Participant>> participants = new HashMap<>();
		jdbc.sql("""
				select meeting_id, person_id, role, attendance, substitute_name, must_approve, approved_at
				from meeting_participant
				where meeting_id = any(array(select id from meeting where community_id = :community))
				order by meeting_id, position
				""").param("community", communityId).query(rs -> {
			participants.computeIfAbsent(rs.getLong("meeting_id"), id -> new ArrayList<>()).add(participant(rs));
		});
		return jdbc.sql("""
				select id, community_id, forum_id, title, starts_at, ends_at, place, video_link, status, public_meeting,
				       minutes_notes, minutes_approved_at, version
				from meeting where community_id = :community order by starts_at desc
				""").param("community", communityId).query((rs, n) -> {
			long id = rs.getLong("id");
			return new Meeting(id, rs.getLong("community_id"), rs.getLong("forum_id"), rs.getString("title"),
					localDateTime(rs, "starts_at"), localDateTime(rs, "ends_at"), rs.getString("place"),
					rs.getString("video_link"), MeetingStatus.valueOf(rs.getString("status")), rs.getBoolean("public_meeting"),
					rs.getString("minutes_notes"), instant(rs, "minutes_approved_at"), rs.getInt("version"),
					List.copyOf(participants.getOrDefault(id, List.of())));
		}).list();
	}

	private static Participant participant(ResultSet rs) throws SQLException {
		String role = rs.getString("role");
		String attendance = rs.getString("attendance");
		return new Participant(rs.getLong("person_id"), role == null ? null : MembershipRole.valueOf(role),
				attendance == null ? null : Attendance.valueOf(attendance), rs.getString("substitute_name"),
				rs.getBoolean("must_approve"), instant(rs, "approved_at"));
	}

	private static LocalDateTime localDateTime(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDateTime.class);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

}
