package no.samhald.platform.documents;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A rendered document as the answer to a download, named so that any file system accepts it. */
public final class Downloads {

	public static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private Downloads() {
	}

	/** Shown in the browser where it can be (a PDF), else saved. */
	public static ResponseEntity<byte[]> inline(byte[] body, MediaType type, String filename) {
		return file(body, type, ContentDisposition.inline().filename(filename, StandardCharsets.UTF_8).build());
	}

	/** Saved as a file. */
	public static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String filename) {
		return file(body, type, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build());
	}

	/** "SSU 12/2025: Mandat" → "SSU-12-2025-Mandat": letters and digits, the rest as single dashes. */
	public static String fileName(String text) {
		return text.replaceAll("[^\\p{L}\\p{N}]+", "-");
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, ContentDisposition disposition) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(body);
	}

}
