package org.zwgk.screen;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zwgk.spi.ZwgkException;
import org.zwgk.validation.Utf8;

/**
 * A host's list of sensitive words: one per line, UTF-8; blank lines and lines starting with {@code #} are ignored;
 * surrounding spaces are trimmed. Problems are ZWGK-3330 with the line number — never the word itself, since a list
 * may hold names.
 */
public final class SensitiveWords {

    /** Longest word accepted. */
    public static final int MAX_LENGTH = 100;
    /** Most words in a list. */
    public static final int MAX_WORDS = 100_000;

    private SensitiveWords() {
    }

    /** Reads a list file's bytes; {@code listName} names it in messages. Duplicates are dropped. */
    public static List<String> parse(String listName, byte[] content) {
        int start = Utf8.hasBom(content) ? 3 : 0;
        Utf8.check(content, start).ifPresent(m -> {
            throw new ZwgkException(ScreeningErrors.BAD_WORD_LIST, listName, m.line(),
                    m.looksLikeGbk() ? "不是 UTF-8 编码（看起来是 GBK）/ not UTF-8 (looks like GBK)"
                            : "不是 UTF-8 编码 / not UTF-8");
        });
        String text = new String(content, start, content.length - start, StandardCharsets.UTF_8);
        Set<String> words = new LinkedHashSet<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String w = lines[i].strip();
            if (w.isEmpty() || w.startsWith("#")) {
                continue;
            }
            checkOne(listName, i + 1, w);
            words.add(w);
            if (words.size() > MAX_WORDS) {
                throw new ZwgkException(ScreeningErrors.BAD_WORD_LIST, listName, i + 1,
                        "超过 " + MAX_WORDS + " 个词 / more than " + MAX_WORDS + " words");
            }
        }
        return List.copyOf(words);
    }

    /** Checks words given in code; {@code listName} names the list, positions count from 1. */
    static List<String> check(String listName, Collection<String> list) {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (String w : list) {
            i++;
            String s = w == null ? "" : w.strip();
            if (s.isEmpty()) {
                throw new ZwgkException(ScreeningErrors.BAD_WORD_LIST, listName, i, "空词 / empty word");
            }
            checkOne(listName, i, s);
            out.add(s);
        }
        if (out.size() > MAX_WORDS) {
            throw new ZwgkException(ScreeningErrors.BAD_WORD_LIST, listName, MAX_WORDS + 1,
                    "超过 " + MAX_WORDS + " 个词 / more than " + MAX_WORDS + " words");
        }
        return out;
    }

    private static void checkOne(String listName, int line, String w) {
        if (w.length() > MAX_LENGTH) {
            throw new ZwgkException(ScreeningErrors.BAD_WORD_LIST, listName, line,
                    "超过 " + MAX_LENGTH + " 个字符 / longer than " + MAX_LENGTH + " characters");
        }
        if (w.chars().anyMatch(Character::isISOControl)) {
            throw new ZwgkException(ScreeningErrors.BAD_WORD_LIST, listName, line,
                    "含控制字符 / contains a control character");
        }
    }
}
