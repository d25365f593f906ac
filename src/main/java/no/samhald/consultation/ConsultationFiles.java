package no.samhald.consultation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samhald.consultation.SaveConsultation.UploadedFile;
import no.samhald.meeting.AttachmentContent;
import no.samhald.meeting.Attachments;
import no.samhald.platform.IdentityNumbers;
import no.samhald.platform.InvalidInputException;

/**
 * The uploaded document of a round. As with case papers, only types readers can open safely are
 * taken, up to a size limit, the type from the file name and the first bytes as that type begins
 * ({@link AttachmentContent}), so a program renamed to {@code utkast.pdf} is refused.
 */
@Component
record ConsultationFiles(JdbcClient jdbc, @Value("${samhald.consultation.document-max-bytes:10485760}") long maxBytes) {

	static final Map<String, String> TYPES = Map.of(
			"pdf", "application/pdf",
			"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"odt", "application/vnd.oasis.opendocument.text");

	/** Refuses a file that is not what its name says, is empty or too large, or names a person by identity number. */
	void check(UploadedFile file) {
		String name = Attachments.safeName(file.filename());
		IdentityNumbers.refuseIn("file", name);
		String extension = Attachments.extension(name);
		if (!TYPES.containsKey(extension)) {
			throw new InvalidInputException("file", "consultation.file.type", String.join(", ", TYPES.keySet().stream().sorted().toList()));
		}
		if (file.content().length == 0) {
			throw new InvalidInputException("file", "consultation.file.empty");
		}
		if (file.content().length > maxBytes) {
			throw new InvalidInputException("file", "consultation.file.tooLarge", maxBytes / (1024 * 1024));
		}
		if (!AttachmentContent.matches(extension, file.content())) {
			throw new InvalidInputException("file", "consultation.file.content", extension.toUpperCase(Locale.ROOT));
		}
	}

	void store(long consultationId, UploadedFile file) {
		String name = Attachments.safeName(file.filename());
		jdbc.sql("""
				insert into consultation_file (consultation_id, filename, content_type, size_bytes, content)
				values (:id, :name, :type, :size, :content)
				on conflict (consultation_id) do update set filename = excluded.filename,
				  content_type = excluded.content_type, size_bytes = excluded.size_bytes, content = excluded.content
				""")
			.param("id", consultationId).param("name", name).param("type", TYPES.get(Attachments.extension(name)))
			.param("size", file.content().length).param("content", file.content())
			.update();
	}

	Optional<String> filename(long consultationId) {
		return jdbc.sql("select filename from consultation_file where consultation_id = :id")
			.param("id", consultationId).query(String.class).optional();
	}

	Optional<StoredFile> find(long consultationId) {
		return jdbc.sql("select filename, content_type, content from consultation_file where consultation_id = :id")
			.param("id", consultationId)
			.query((rs, n) -> new StoredFile(rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
			.optional();
	}

}
