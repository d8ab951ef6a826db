package org.irontrace.network;

import java.util.Arrays;

/**
 * One level of the Louvain method: a weighted graph in flat arrays (each node's neighbours in
 * ascending order, with the summed strengths of their links), the local moves that raise modularity,
 * and the folding of communities into the nodes of the next level. Neighbours are kept in order, so
 * the outcome depends only on the links, never on the order they were read in.
 */
final class CommunityGraph {

	/** Passes over the nodes per level; moves after the first few change little. */
	private static final int MAX_ROUNDS = 20;

	private final int[] start;

	private final int[] neighbour;

	private final double[] weight;

	private final double[] selfLoop;

	private CommunityGraph(int[] start, int[] neighbour, double[] weight, double[] selfLoop) {
		this.start = start;
		this.neighbour = neighbour;
		this.weight = weight;
		this.selfLoop = selfLoop;
	}

	/** The graph of {@code nodes} nodes and the first {@code links} links given as parallel arrays (no link to itself). */
	static CommunityGraph of(int nodes, int[] from, int[] to, double[] strength, int links) {
		int[] start = new int[nodes + 1];
		for (int k = 0; k < links; k++) {
			start[from[k] + 1]++;
			start[to[k] + 1]++;
		}
		for (int i = 0; i < nodes; i++) {
			start[i + 1] += start[i];
		}
		int[] at = Arrays.copyOf(start, nodes);
		int[] neighbour = new int[2 * links];
		double[] weight = new double[2 * links];
		for (int k = 0; k < links; k++) {
			neighbour[at[from[k]]] = to[k];
			weight[at[from[k]]++] = strength[k];
			neighbour[at[to[k]]] = from[k];
			weight[at[to[k]]++] = strength[k];
		}
		int[] itself = new int[nodes];
		for (int i = 0; i < nodes; i++) {
			itself[i] = i;
		}
		// Folding every node into itself sums the strengths of a pair read more than once and sorts the neighbours.
		return new CommunityGraph(start, neighbour, weight, new double[nodes]).folded(itself, nodes);
	}

	int size() {
		return selfLoop.length;
	}

	/** Local moves until none raises modularity; answers each node's community. */
	int[] oneLevel() {
		int n = size();
		double[] degree = new double[n];
		double total = 0;
		for (int i = 0; i < n; i++) {
			degree[i] = 2 * selfLoop[i];
			for (int e = start[i]; e < start[i + 1]; e++) {
				degree[i] += weight[e];
			}
			total += degree[i];
		}
		int[] community = new int[n];
		double[] communityDegree = Arrays.copyOf(degree, n);
		for (int i = 0; i < n; i++) {
			community[i] = i;
		}
		if (total == 0) {
			return community;
		}
		double[] towards = new double[n];
		boolean[] seen = new boolean[n];
		int[] touched = new int[n];
		boolean improved = true;
		int rounds = 0;
		while (improved && rounds++ < MAX_ROUNDS) {
			improved = false;
			for (int i = 0; i < n; i++) {
				int count = 0;
				for (int e = start[i]; e < start[i + 1]; e++) {
					int c = community[neighbour[e]];
					if (!seen[c]) {
						seen[c] = true;
						touched[count++] = c;
					}
					towards[c] += weight[e];
				}
				int own = community[i];
				communityDegree[own] -= degree[i];
				int best = own;
				double bestGain = towards[own] - communityDegree[own] * degree[i] / total;
				for (int k = 0; k < count; k++) {
					int c = touched[k];
					double gain = towards[c] - communityDegree[c] * degree[i] / total;
					if (gain > bestGain + 1e-12) {
						best = c;
						bestGain = gain;
					}
					towards[c] = 0;
					seen[c] = false;
				}
				communityDegree[best] += degree[i];
				if (best != own) {
					community[i] = best;
					improved = true;
				}
			}
		}
		return community;
	}

	/** The graph whose nodes are the communities 0..count-1 given for each node: links inside one become its self-loop. */
	CommunityGraph folded(int[] communityOf, int count) {
		int[] firstMember = new int[count + 1];
		for (int c : communityOf) {
			firstMember[c + 1]++;
		}
		for (int c = 0; c < count; c++) {
			firstMember[c + 1] += firstMember[c];
		}
		int[] members = new int[communityOf.length];
		int[] at = Arrays.copyOf(firstMember, count);
		for (int node = 0; node < communityOf.length; node++) {
			members[at[communityOf[node]]++] = node;
		}
		int[] nextStart = new int[count + 1];
		int[] nextNeighbour = new int[neighbour.length];
		double[] nextWeight = new double[neighbour.length];
		double[] nextSelf = new double[count];
		double[] sum = new double[count];
		boolean[] seen = new boolean[count];
		int[] touched = new int[count];
		int written = 0;
		for (int c = 0; c < count; c++) {
			int found = 0;
			for (int m = firstMember[c]; m < firstMember[c + 1]; m++) {
				int node = members[m];
				nextSelf[c] += selfLoop[node];
				for (int e = start[node]; e < start[node + 1]; e++) {
					int d = communityOf[neighbour[e]];
					if (d == c) {
						// Each link inside is met from both ends: half each time.
						nextSelf[c] += weight[e] / 2;
					}
					else {
						if (!seen[d]) {
							seen[d] = true;
							touched[found++] = d;
						}
						sum[d] += weight[e];
					}
				}
			}
			Arrays.sort(touched, 0, found);
			for (int k = 0; k < found; k++) {
				int d = touched[k];
				nextNeighbour[written] = d;
				nextWeight[written++] = sum[d];
				sum[d] = 0;
				seen[d] = false;
			}
			nextStart[c + 1] = written;
		}
		return new CommunityGraph(nextStart, Arrays.copyOf(nextNeighbour, written), Arrays.copyOf(nextWeight, written), nextSelf);
	}
}
