package org.zwgk.screen.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.zwgk.screen.Detector;

/**
 * Finds a host's sensitive words in one pass (Aho–Corasick), whatever their number. Matching ignores the case of
 * Latin letters and the difference between full-width and half-width ASCII; the folding maps one character to one,
 * so offsets stay those of the original text. Overlapping matches are reduced to the leftmost, then longest.
 * Immutable and thread-safe once built.
 */
public final class WordMatcher {

    private static final WordMatcher EMPTY = new WordMatcher(List.of());

    // Node k: outgoing edges keys[k] (sorted) -> next[k]; fail link; length of the longest word ending here (0 if
    // none) and the nearest node on the fail chain that ends a word (dictionary link, -1 if none).
    private char[][] keys;
    private int[][] next;
    private int[] fail;
    private int[] wordLength;
    private int[] dictLink;
    private int size;

    private WordMatcher(Collection<String> words) {
        keys = new char[16][];
        next = new int[16][];
        fail = new int[16];
        wordLength = new int[16];
        dictLink = new int[16];
        size = 0;
        newNode();
        for (String w : words) {
            int node = 0;
            for (int i = 0; i < w.length(); i++) {
                char c = fold(w.charAt(i));
                int child = child(node, c);
                if (child < 0) {
                    child = newNode();
                    addEdge(node, c, child);
                }
                node = child;
            }
            wordLength[node] = Math.max(wordLength[node], w.length());
        }
        link();
    }

    /** A matcher for the given words (already validated: non-empty, without line breaks). */
    public static WordMatcher of(Collection<String> words) {
        return words.isEmpty() ? EMPTY : new WordMatcher(words);
    }

    public boolean isEmpty() {
        return size == 1;
    }

    /** One character folded: Latin letters to lower case, full-width ASCII to half-width. */
    public static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        }
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private int newNode() {
        if (size == keys.length) {
            int cap = size * 2;
            keys = Arrays.copyOf(keys, cap);
            next = Arrays.copyOf(next, cap);
            fail = Arrays.copyOf(fail, cap);
            wordLength = Arrays.copyOf(wordLength, cap);
            dictLink = Arrays.copyOf(dictLink, cap);
        }
        keys[size] = new char[0];
        next[size] = new int[0];
        dictLink[size] = -1;
        return size++;
    }

    private int child(int node, char c) {
        int k = Arrays.binarySearch(keys[node], c);
        return k >= 0 ? next[node][k] : -1;
    }

    private void addEdge(int node, char c, int child) {
        int k = -Arrays.binarySearch(keys[node], c) - 1;
        char[] ks = keys[node];
        int[] ns = next[node];
        char[] nk = new char[ks.length + 1];
        int[] nn = new int[ns.length + 1];
        System.arraycopy(ks, 0, nk, 0, k);
        System.arraycopy(ns, 0, nn, 0, k);
        nk[k] = c;
        nn[k] = child;
        System.arraycopy(ks, k, nk, k + 1, ks.length - k);
        System.arraycopy(ns, k, nn, k + 1, ns.length - k);
        keys[node] = nk;
        next[node] = nn;
    }

    private void link() {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : next[0]) {
            fail[child] = 0;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int k = 0; k < keys[node].length; k++) {
                char c = keys[node][k];
                int child = next[node][k];
                int f = fail[node];
                while (f > 0 && child(f, c) < 0) {
                    f = fail[f];
                }
                int target = child(f, c);
                fail[child] = target >= 0 && target != child ? target : 0;
                dictLink[child] = wordLength[fail[child]] > 0 ? fail[child] : dictLink[fail[child]];
                queue.add(child);
            }
        }
    }

    /** Adds the matches in {@code text} to {@code out}. */
    public void scan(String text, List<Hit> out) {
        if (isEmpty()) {
            return;
        }
        List<int[]> found = new ArrayList<>();
        int node = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            int child;
            while ((child = child(node, c)) < 0 && node > 0) {
                node = fail[node];
            }
            node = Math.max(child, 0);
            for (int m = wordLength[node] > 0 ? node : dictLink[node]; m >= 0; m = dictLink[m]) {
                found.add(new int[] {i + 1 - wordLength[m], i + 1});
            }
        }
        found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        int end = -1;
        for (int[] f : found) {
            if (f[0] >= end) {
                out.add(new Hit(Detector.SENSITIVE_WORD, f[0], f[1], text.substring(f[0], f[1])));
                end = f[1];
            }
        }
    }
}
