package no.samhald.platform.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import no.samhald.platform.NavigationLink;

/** Gives every page the community menu that the modules declared, in their order. */
@ControllerAdvice
class NavigationModel {

	private final List<NavigationLink> links;

	NavigationModel(ObjectProvider<NavigationLink> links) {
		this.links = links.orderedStream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
	}

	@ModelAttribute("navigationLinks")
	List<NavigationLink> navigationLinks() {
		return links;
	}

}
