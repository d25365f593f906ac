package no.samhald.search;

/**
 * One item found. {@code snippet} is HTML: the item's text escaped, with only the matched words
 * wrapped in {@code <mark>}. {@code link} is the page's path from the site root.
 */
public record SearchHit(SearchKind kind, String title, String snippet, String link, Integer year) {
}
