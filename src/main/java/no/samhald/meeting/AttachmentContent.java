package no.samhald.meeting;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Whether a file's first bytes are what its name ending says: a program renamed to
 * {@code mandat.pdf} is refused, not stored and served to readers as a PDF.
 */
public final class AttachmentContent {

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	/** Word, Excel, PowerPoint and OpenDocument files are zip archives. */
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

	/** An OpenDocument archive names its type in its first entry, "mimetype", stored uncompressed. */
	private static final byte[] ODT_TYPE = "mimetypeapplication/vnd.oasis.opendocument.text"
		.getBytes(StandardCharsets.US_ASCII);

	private static final Map<String, Predicate<byte[]>> SIGNATURES = Map.of(
			"pdf", content -> startsWith(content, PDF, 0),
			"docx", content -> startsWith(content, ZIP, 0),
			"xlsx", content -> startsWith(content, ZIP, 0),
			"pptx", content -> startsWith(content, ZIP, 0),
			"odt", content -> startsWith(content, ZIP, 0) && startsWith(content, ODT_TYPE, 30),
			"png", content -> startsWith(content, PNG, 0),
			"jpg", content -> startsWith(content, JPEG, 0),
			"jpeg", content -> startsWith(content, JPEG, 0),
			"txt", AttachmentContent::isText,
			"csv", AttachmentContent::isText);

	private AttachmentContent() {
	}

	public static boolean matches(String extension, byte[] content) {
		return SIGNATURES.getOrDefault(extension, anything -> false).test(content);
	}

	private static boolean startsWith(byte[] content, byte[] signature, int offset) {
		return content.length >= offset + signature.length
				&& Arrays.equals(content, offset, offset + signature.length, signature, 0, signature.length);
	}

	/** Text has no control characters but tab, line breaks and form feed (a NUL or an ESC means a binary file). */
	private static boolean isText(byte[] content) {
		for (byte b : content) {
			if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
				return false;
			}
		}
		return true;
	}

}
