package org.irontrace.identity.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Finds the candidate pairs and compares each once. Per rule the records are sorted by a hash of
 * their key (one primitive sort, no maps); runs of equal hashes are blocks. A pair already in a
 * block of an earlier rule is skipped, so no set of seen pairs is kept. Blocks larger than
 * {@code maxBlock} are left out (they would be all the cost and almost no matches) and counted.
 */
final class Blocking {

	private final List<BlockingRule> rules;

	private final int maxBlock;

	private final int threads;

	long oversizedBlocks;

	Blocking(List<BlockingRule> rules, int maxBlock, int threads) {
		this.rules = rules;
		this.maxBlock = maxBlock;
		this.threads = threads;
	}

	List<CandidatePairs> candidates(PreparedRecord[] records, PairFilter filter) {
		int[][] hashes = new int[rules.size()][];
		List<CandidatePairs> found = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			for (int r = 0; r < rules.size(); r++) {
				hashes[r] = hashes(records, rules.get(r));
				long[] sorted = sortedEntries(hashes[r]);
				List<int[]> chunks = chunks(sorted);
				List<Future<CandidatePairs>> work = new ArrayList<>();
				int rule = r;
				for (int[] chunk : chunks) {
					work.add(pool.submit(() -> compare(records, sorted, chunk[0], chunk[1], hashes, rule, filter)));
				}
				for (Future<CandidatePairs> result : work) {
					found.add(result.get());
				}
			}
		}
		catch (InterruptedException | ExecutionException e) {
			throw new IllegalStateException(e);
		}
		finally {
			pool.shutdown();
		}
		return found;
	}

	private CandidatePairs compare(PreparedRecord[] records, long[] sorted, int from, int to, int[][] hashes,
			int rule, PairFilter filter) {
		CandidatePairs pairs = new CandidatePairs();
		int start = from;
		while (start < to) {
			int end = start + 1;
			while (end < sorted.length && sorted[end] >>> 32 == sorted[start] >>> 32) {
				end++;
			}
			if (end - start > maxBlock) {
				synchronized (this) {
					oversizedBlocks++;
				}
			}
			else {
				for (int i = start; i < end; i++) {
					int a = (int) sorted[i];
					for (int j = i + 1; j < end; j++) {
						int b = (int) sorted[j];
						if (filter.wanted(a, b) && !blockedEarlier(hashes, rule, a, b)) {
							pairs.add(a, b, Comparisons.pattern(records[a], records[b]));
						}
					}
				}
			}
			start = end;
		}
		return pairs;
	}

	private static boolean blockedEarlier(int[][] hashes, int rule, int a, int b) {
		for (int r = 0; r < rule; r++) {
			if (hashes[r][a] != 0 && hashes[r][a] == hashes[r][b]) {
				return true;
			}
		}
		return false;
	}

	/** Contiguous ranges of whole blocks, several per thread so uneven blocks even out. */
	private List<int[]> chunks(long[] sorted) {
		List<int[]> chunks = new ArrayList<>();
		int target = Math.max(1, sorted.length / (threads * 8));
		int start = 0;
		while (start < sorted.length) {
			int end = Math.min(sorted.length, start + target);
			while (end < sorted.length && sorted[end] >>> 32 == sorted[end - 1] >>> 32) {
				end++;
			}
			chunks.add(new int[] { start, end });
			start = end;
		}
		return chunks;
	}

	private static int[] hashes(PreparedRecord[] records, BlockingRule rule) {
		int[] hashes = new int[records.length];
		java.util.stream.IntStream.range(0, records.length).parallel().forEach(i -> {
			String key = rule.key().apply(records[i]);
			hashes[i] = key == null ? 0 : spread(key.hashCode());
		});
		return hashes;
	}

	/** Keeps 0 for "no key" and mixes the bits so blocks do not cluster in the sort. */
	private static int spread(int hash) {
		int h = hash * 0x9E3779B9;
		return h == 0 ? 1 : h;
	}

	/** (hash, index) in one long per record with a key, sorted so equal keys sit together. */
	private static long[] sortedEntries(int[] hashes) {
		long[] entries = new long[hashes.length];
		int n = 0;
		for (int i = 0; i < hashes.length; i++) {
			if (hashes[i] != 0) {
				entries[n++] = (long) hashes[i] << 32 | i;
			}
		}
		long[] sorted = Arrays.copyOf(entries, n);
		Arrays.parallelSort(sorted);
		return sorted;
	}
}
