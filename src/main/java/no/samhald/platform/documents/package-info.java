/**
 * Documents to download: a print template rendered as PDF ({@link no.samhald.platform.documents.PdfDocuments})
 * and Word documents with real headings and tables ({@link no.samhald.platform.documents.WordDocument}),
 * both in the sizes of the one print stylesheet ({@code templates/fragments/print.html}).
 */
@org.springframework.modulith.NamedInterface("documents")
package no.samhald.platform.documents;
