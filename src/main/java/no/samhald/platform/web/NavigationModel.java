package no.samhald.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import no.samhald.platform.NavigationGroup;
import no.samhald.platform.NavigationLink;

/**
 * Gives every page the community menu that the modules declared: all links in their order (the
 * overview's cards) and the menu itself, the groups in their order and then the links in no group.
 */
@ControllerAdvice
class NavigationModel {

	private final List<NavigationLink> links;

	private final List<NavigationMenuEntry> menu;

	NavigationModel(ObjectProvider<NavigationLink> links) {
		this.links = links.orderedStream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
		this.menu = menu(this.links);
	}

	@ModelAttribute("navigationLinks")
	List<NavigationLink> navigationLinks() {
		return links;
	}

	@ModelAttribute("navigationMenu")
	List<NavigationMenuEntry> navigationMenu() {
		return menu;
	}

	private static List<NavigationMenuEntry> menu(List<NavigationLink> links) {
		var entries = new ArrayList<NavigationMenuEntry>();
		for (NavigationGroup group : NavigationGroup.values()) {
			List<NavigationLink> inGroup = links.stream().filter(l -> l.group() == group).toList();
			if (group == NavigationGroup.NONE) {
				inGroup.forEach(l -> entries.add(new NavigationMenuEntry(null, List.of(l))));
			}
			else if (!inGroup.isEmpty()) {
				entries.add(new NavigationMenuEntry(group, inGroup));
			}
		}
		return List.copyOf(entries);
	}

}
