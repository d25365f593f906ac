package no.samhald.partnership.web;

import java.util.ArrayList;
import java.util.List;

import no.samhald.partnership.ForumNode;

/**
 * Lays the forum hierarchy out left to right, as the annual report draws it: each forum a box,
 * its sub-forums in the column to its right, a parent centred on its children. Pure geometry;
 * the template draws it as SVG with a link in every box.
 */
record StructureDiagram(List<Box> boxes, List<Link> links, int width, int height) {

	static final int BOX_WIDTH = 220;

	static final int BOX_HEIGHT = 52;

	static final int COLUMN_GAP = 48;

	static final int ROW_GAP = 14;

	static StructureDiagram of(List<ForumNode> roots) {
		var boxes = new ArrayList<Box>();
		var links = new ArrayList<Link>();
		int[] nextRow = { 0 };
		int[] maxDepth = { 0 };
		for (ForumNode root : roots) {
			place(root, 0, nextRow, maxDepth, boxes, links);
		}
		int width = (maxDepth[0] + 1) * (BOX_WIDTH + COLUMN_GAP) - COLUMN_GAP + 2;
		int height = Math.max(1, nextRow[0]) * (BOX_HEIGHT + ROW_GAP) - ROW_GAP + 2;
		return new StructureDiagram(boxes, links, width, height);
	}

	/** Places the node and its subtree; returns the y of the node's centre. */
	private static int place(ForumNode node, int depth, int[] nextRow, int[] maxDepth, List<Box> boxes, List<Link> links) {
		maxDepth[0] = Math.max(maxDepth[0], depth);
		int x = depth * (BOX_WIDTH + COLUMN_GAP) + 1;
		// A parent's box goes before its children's, so that Tab moves through the boxes top-down as the list reads.
		int boxIndex = boxes.size();
		int centreY;
		if (node.children().isEmpty()) {
			centreY = nextRow[0]++ * (BOX_HEIGHT + ROW_GAP) + BOX_HEIGHT / 2 + 1;
		}
		else {
			var childCentres = new ArrayList<Integer>();
			for (ForumNode child : node.children()) {
				childCentres.add(place(child, depth + 1, nextRow, maxDepth, boxes, links));
			}
			centreY = (childCentres.get(0) + childCentres.get(childCentres.size() - 1)) / 2;
			int fromX = x + BOX_WIDTH;
			int toX = fromX + COLUMN_GAP;
			for (int childY : childCentres) {
				links.add(new Link(fromX, centreY, toX, childY));
			}
		}
		boxes.add(boxIndex, new Box(node, x, centreY - BOX_HEIGHT / 2, BOX_WIDTH, BOX_HEIGHT));
		return centreY;
	}

	record Box(ForumNode node, int x, int y, int width, int height) {

		public int textX() {
			return x + 10;
		}

		public boolean hasGaps() {
			return !node.gaps().isEmpty();
		}

	}

	/** A connector drawn as an elbow: out of the parent, down or up, into the child. */
	record Link(int fromX, int fromY, int toX, int toY) {

		public String path() {
			int midX = (fromX + toX) / 2;
			return "M" + fromX + " " + fromY + " H" + midX + " V" + toY + " H" + toX;
		}

	}

}
