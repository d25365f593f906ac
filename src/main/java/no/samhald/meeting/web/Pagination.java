package no.samhald.meeting.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a long list (#11: ten years of meetings are 900 rows). The page number comes from
 * the address as typed, so it is read leniently: text, zero or a negative number shows the
 * first page, a number past the end the last page; a list is never refused for its page number.
 *
 * @param link the list's address with its filters, without the page
 */
public record Pagination(int page, int size, int total, String link) {

	static final int DEFAULT_SIZE = 50;

	static final int MAX_SIZE = 100;

	/** Page numbers shown on either side of the current one; the first and last are always shown. */
	private static final int AROUND = 2;

	/** A gap between shown page numbers, rendered as an ellipsis. */
	static final int GAP = 0;

	static Pagination of(String page, String size, int total, UriComponentsBuilder link) {
		int perPage = perPage(size);
		int pages = Math.max(1, (total + perPage - 1) / perPage);
		int wanted = Math.min(pages, Math.max(1, number(page, 1)));
		if (size != null && perPage != DEFAULT_SIZE) {
			link.queryParam("size", perPage);
		}
		return new Pagination(wanted, perPage, total, link.build().toUriString());
	}

	/** The page size asked for, read as {@link #of} reads it. */
	static int perPage(String size) {
		return Math.min(MAX_SIZE, Math.max(1, number(size, DEFAULT_SIZE)));
	}

	/**
	 * The rows before the page asked for, before the total is known (for a list read with its
	 * total); {@link #of} then tells whether that page lies past the end.
	 */
	static int askedOffset(String page, String size) {
		return (int) Math.min(Integer.MAX_VALUE, (Math.max(1L, number(page, 1)) - 1) * perPage(size));
	}

	private static int number(String text, int otherwise) {
		if (text == null || !text.strip().matches("-?\\d{1,9}")) {
			return otherwise;
		}
		return Integer.parseInt(text.strip());
	}

	public int pages() {
		return Math.max(1, (total + size - 1) / size);
	}

	<T> List<T> slice(List<T> all) {
		int from = offset();
		return all.subList(Math.min(from, all.size()), Math.min(from + size, all.size()));
	}

	/** The rows before this page, for a query's {@code offset}. */
	int offset() {
		return (page - 1) * size;
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages();
	}

	public boolean needed() {
		return pages() > 1;
	}

	/** The page numbers to link: the first, the last, and those around the current one, {@link #GAP} between. */
	public List<Integer> shown() {
		var shown = new ArrayList<Integer>();
		for (int n = 1; n <= pages(); n++) {
			if (n == 1 || n == pages() || Math.abs(n - page) <= AROUND) {
				if (!shown.isEmpty() && shown.get(shown.size() - 1) != n - 1) {
					shown.add(GAP);
				}
				shown.add(n);
			}
		}
		return shown;
	}

	public String href(int n) {
		var builder = UriComponentsBuilder.fromUriString(link);
		return (n == 1 ? builder.replaceQueryParam("page") : builder.replaceQueryParam("page", n)).build().toUriString();
	}

}
