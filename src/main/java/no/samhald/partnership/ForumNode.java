package no.samhald.partnership;

import java.util.List;

/** A forum in the structure, with the forums below it and what representation it lacks today. */
public record ForumNode(Forum forum, List<ForumNode> children, List<RepresentationGap> gaps) {

	/** The number of leaves below (itself if none): the rows it takes in a drawn tree. */
	public int leafCount() {
		return children.isEmpty() ? 1 : children.stream().mapToInt(ForumNode::leafCount).sum();
	}

}
