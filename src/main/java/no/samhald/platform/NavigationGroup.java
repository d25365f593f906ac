package no.samhald.platform;

/**
 * The groups of a community's menu, in the order they are shown; each opens as a list of its
 * links. {@link #NONE} is no group: such a link stands on its own in the menu's top row.
 */
public enum NavigationGroup {

	/** Structure, forums, meetings, partners, people, events and the LIS1 placement. */
	COOPERATION,

	/** Plans, projects, agreements, funding and consultation rounds. */
	PLANS,

	/** The knowledge base, deviations, data collections, reports and the search. */
	KNOWLEDGE,

	NONE;

	/** The message of the group's name, e.g. "nav.group.cooperation". */
	public String messageKey() {
		return "nav.group." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
