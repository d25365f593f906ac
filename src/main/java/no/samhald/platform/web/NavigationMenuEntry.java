package no.samhald.platform.web;

import java.util.List;
import java.util.Locale;

import no.samhald.platform.NavigationGroup;
import no.samhald.platform.NavigationLink;

/**
 * One entry of the community menu's top row: a group that opens to its links, or (group null) a
 * single link. Public for the page templates only.
 */
public record NavigationMenuEntry(NavigationGroup group, List<NavigationLink> links) {

	/** The id of the group's list on the page, e.g. "nav-cooperation". */
	public String id() {
		return group == null ? null : "nav-" + group.name().toLowerCase(Locale.ROOT);
	}

	/** Whether the page at {@code currentPath} is one of the entry's, so that a closed group still shows where one is. */
	public boolean holds(String currentPath, String communitySlug) {
		return links.stream().anyMatch(l -> isAt(currentPath, communitySlug, l));
	}

	/** Whether the page at {@code currentPath} is the link's page or one below it. */
	public boolean isAt(String currentPath, String communitySlug, NavigationLink link) {
		String path = "/" + communitySlug + "/" + link.path();
		return currentPath != null && (currentPath.equals(path) || currentPath.startsWith(path + "/")
				|| currentPath.startsWith(path + "?"));
	}

}
