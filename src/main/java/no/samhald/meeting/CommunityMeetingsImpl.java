package no.samhald.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

import no.samhald.partnership.MembershipRole;

/** {@link CommunityMeetings} for {@link MeetingRepository}: the same aggregates, two queries. */
class CommunityMeetingsImpl implements CommunityMeetings {

	private final JdbcClient jdbc;

	CommunityMeetingsImpl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static final String MEETING_COLUMNS = """
			select id, community_id, forum_id, title, starts_at, ends_at, place, video_link, status, public_meeting,
			       minutes_notes, minutes_approved_at, version
			from meeting
			""";

	/** The same for all meetings and for a page: ties on the start broken by id so pages do not overlap. */
	private static final String ORDER = " order by starts_at desc, id desc";

	private static final String FILTER = """
			where community_id = :community
			  and (cast(:forum as bigint) is null or forum_id = :forum)
			  and (public_meeting or not :publicOnly)
			""";

	@Override
	public List<Meeting> findByCommunityIdOrderByStartsAtDesc(Long communityId) {
		Map<Long, List<Participant>> participants = participants(
				"meeting_id = any(array(select id from meeting where community_id = :community))", Map.of("community", communityId));
		return meetings(jdbc.sql(MEETING_COLUMNS + "where community_id = :community" + ORDER)
			.param("community", communityId), participants);
	}

	@Override
	public int countMeetings(MeetingFilter filter) {
		return params(jdbc.sql("select count(*) from meeting " + FILTER), filter).query(Integer.class).single();
	}

	@Override
	public List<Meeting> findMeetingsWithoutParticipants(MeetingFilter filter) {
		return meetings(params(jdbc.sql(MEETING_COLUMNS + FILTER + ORDER), filter), Map.of());
	}

	@Override
	public List<Integer> years(MeetingFilter filter) {
		return params(jdbc.sql("select distinct extract(year from starts_at)::int as year from meeting " + FILTER
				+ " order by year desc"), filter).query(Integer.class).list();
	}

	@Override
	public List<Meeting> findMeetingsPage(MeetingFilter filter, int offset, int limit) {
		List<Long> ids = params(jdbc.sql("select id from meeting " + FILTER + ORDER + " limit :limit offset :offset"),
				filter).param("limit", limit).param("offset", offset).query(Long.class).list();
		if (ids.isEmpty()) {
			return List.of();
		}
		return meetings(jdbc.sql(MEETING_COLUMNS + "where id in (:ids)" + ORDER).param("ids", ids),
				participants("meeting_id in (:ids)", Map.of("ids", ids)));
	}

	private static StatementSpec params(StatementSpec statement, MeetingFilter filter) {
		return statement.param("community", filter.communityId())
			.param("forum", filter.forumId(), Types.BIGINT)
			.param("publicOnly", filter.publicOnly());
	}

	/** The participants of the meetings the SQL condition picks, by meeting, in order. */
	private Map<Long, List<Participant>> participants(String condition, Map<String, ?> params) {
		Map<Long, List<Participant>> participants = new HashMap<>();
		jdbc.sql("""
				select meeting_id, person_id, role, attendance, substitute_name, must_approve, approved_at
				from meeting_participant
				where %s
				order by meeting_id, position
				""".formatted(condition)).params(params).query(rs -> {
			participants.computeIfAbsent(rs.getLong("meeting_id"), id -> new ArrayList<>()).add(participant(rs));
		});
		return participants;
	}

	private static List<Meeting> meetings(StatementSpec query, Map<Long, List<Participant>> participants) {
		return query.query((rs, n) -> {
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
