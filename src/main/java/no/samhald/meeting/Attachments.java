package no.samhald.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.platform.IdentityNumbers;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;

/**
 * Case papers attached to a case. Only document and image types that readers can open safely
 * are accepted, up to a size limit; the type is taken from the file name, never from what the
 * browser claims, and the content must begin as that type does ({@link AttachmentContent}). The public gets the attachments of public, non-exempt cases only.
 */
@Service
public class Attachments {

	/** The accepted file name endings and the type they are served as. */
	static final Map<String, String> TYPES = Map.of(
			"pdf", "application/pdf",
			"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"odt", "application/vnd.oasis.opendocument.text",
			"png", "image/png",
			"jpg", "image/jpeg",
			"jpeg", "image/jpeg",
			"txt", "text/plain",
			"csv", "text/csv");

	private final JdbcClient jdbc;

	private final Cases cases;

	private final Meetings meetings;

	private final Access access;

	private final AuditLog audit;

	private final long maxBytes;

	Attachments(JdbcClient jdbc, Cases cases, Meetings meetings, Access access, AuditLog audit,
			@Value("${samhald.meeting.attachment-max-bytes:10485760}") long maxBytes) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.meetings = meetings;
		this.access = access;
		this.audit = audit;
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return maxBytes;
	}

	public List<Attachment> of(Community community, Case item) {
		if (item.exempt() && !access.isMemberOf(community.slug())) {
			return List.of();
		}
		return jdbc.sql("""
				select id, case_id, filename, content_type, size_bytes, uploaded_by, uploaded_at
				from case_attachment where community_id = :community and case_id = :case order by filename, id
				""")
			.param("community", community.id()).param("case", item.id())
			.query((rs, n) -> new Attachment(rs.getLong("id"), rs.getLong("case_id"), rs.getString("filename"),
					rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("uploaded_by"),
					rs.getTimestamp("uploaded_at").toInstant()))
			.list();
	}

	@Transactional
	public Attachment attach(Community community, long caseId, String filename, byte[] content) {
		Case item = cases.kept(community, caseId);
		ForumKeepers.requireOpen(meetings.get(community, item.meetingId()));
		String name = safeName(filename);
		IdentityNumbers.refuseIn("file", name);
		String type = TYPES.get(extension(name));
		if (type == null) {
			throw new InvalidInputException("file", "attachment.type", String.join(", ", TYPES.keySet().stream().sorted().toList()));
		}
		if (content.length == 0) {
			throw new InvalidInputException("file", "attachment.empty");
		}
		if (content.length > maxBytes) {
			throw new InvalidInputException("file", "attachment.tooLarge", maxBytes / (1024 * 1024));
		}
		if (!AttachmentContent.matches(extension(name), content)) {
			throw new InvalidInputException("file", "attachment.content", extension(name).toUpperCase(Locale.ROOT));
		}
		long id = jdbc.sql("""
				insert into case_attachment (community_id, case_id, filename, content_type, size_bytes, content, uploaded_by)
				values (:community, :case, :name, :type, :size, :content, :by) returning id
				""")
			.param("community", community.id()).param("case", caseId).param("name", name).param("type", type)
			.param("size", content.length).param("content", content).param("by", access.currentUsername())
			.query(Long.class).single();
		audit.record(community.slug(), "case.attachment.added", "case " + caseId, name + " (" + content.length + " bytes)");
		return of(community, item).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
	}

	/** The file's content, if the current person may see the case. */
	public byte[] content(Community community, long caseId, long attachmentId) {
		Case item = cases.get(community, caseId);
		if (of(community, item).stream().noneMatch(a -> a.id() == attachmentId)) {
			throw new NotFoundException("attachment", attachmentId);
		}
		return jdbc.sql("select content from case_attachment where id = :id and case_id = :case")
			.param("id", attachmentId).param("case", caseId)
			.query(byte[].class).single();
	}

	/** The file name without any folder path, control characters or quotes; "vedlegg" when nothing is left. */
	public static String safeName(String filename) {
		String name = filename == null ? "" : filename.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		return name.isEmpty() ? "vedlegg" : name;
	}

	/** The ending after the last dot, in lower case; blank when there is none. */
	public static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
