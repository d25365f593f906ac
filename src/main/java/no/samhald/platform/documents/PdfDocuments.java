package no.samhald.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a print template (well-formed XHTML that includes {@code fragments/print :: style})
 * as PDF, tagged for PDF/UA when the font can be embedded. The template gets the variable
 * {@code embeddedFont}.
 */
@Component
public class PdfDocuments {

	private final ITemplateEngine templates;

	private final File font;

	PdfDocuments(ITemplateEngine templates,
			@Value("${samhald.pdf.font:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf}") String fontPath) {
		this.templates = templates;
		this.font = new File(fontPath);
	}

	public byte[] render(String template, Map<String, Object> variables, Locale locale) {
		var context = new Context(locale, variables);
		context.setVariable("embeddedFont", font.canRead());
		String xhtml = templates.process(template, context);
		var out = new ByteArrayOutputStream();
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			if (font.canRead()) {
				builder.useFont(font, "DejaVu Sans");
				// PDF/UA needs every font embedded, so tagging is only possible with a real font file
				builder.usePdfUaAccessibility(true);
			}
			builder.withHtmlContent(xhtml, null);
			builder.withProducer("Samhald");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
