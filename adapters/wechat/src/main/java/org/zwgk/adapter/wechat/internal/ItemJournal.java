package org.zwgk.adapter.wechat.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zwgk.adapter.support.Sequences;
import org.zwgk.spi.channel.DeliveryJournal;

/**
 * What the WeChat channel remembers per item, in the {@link DeliveryJournal} under {@link #key(String)}: every article
 * ever published for the item (each version's), every submitted publish job, the highest SPI 1.2 sequence applied,
 * and the withdrawal. A withdrawal deletes every article listed here, not only the newest.
 *
 * <p>Names: {@code article.<h>} = article id, {@code article.<h>.version}, {@code article.<h>.url},
 * {@code article.<h>.deleted} (when deleted), where {@code <h>} is a fixed-length hash of the article id;
 * {@code publish.<h>} = publish id of a submitted job, {@code publish.<h>.version}, and {@code publish.<h>.article}
 * or {@code publish.<h>.done} (its final status when it produced no article); {@code sequence}; {@code withdrawn} =
 * the withdrawal's sequence.
 *
 * <p>The key is {@code wechat:item#} and the SHA-256 of the item id, 76 characters whatever the item id's length (the
 * store's key column holds 100; item ids may have 200). Before, the key was {@code wechat:item:<item id>} with one
 * {@code article_id}: such an entry is still read, as one article of unknown version.
 */
final class ItemJournal {

    static final String PREFIX = "wechat:item#";
    private static final String LEGACY_PREFIX = "wechat:item:";

    /** One article of the item. */
    record Article(String id, int version, String url, boolean deleted) {
    }

    private final Map<String, String> entries;
    private final String legacyArticle;

    private ItemJournal(Map<String, String> entries, String legacyArticle) {
        this.entries = entries;
        this.legacyArticle = legacyArticle;
    }

    static ItemJournal load(DeliveryJournal journal, String itemId) {
        String legacy = LEGACY_PREFIX.length() + itemId.length() <= 100
                ? journal.load(LEGACY_PREFIX + itemId).get("article_id") : null;
        return new ItemJournal(new LinkedHashMap<>(journal.load(key(itemId))), legacy);
    }

    /** The journal key of an item: fixed length, whatever the item id. */
    static String key(String itemId) {
        return PREFIX + sha256(itemId);
    }

    /** The highest sequence applied for the item (0: none given yet). */
    long sequence() {
        return Sequences.parse(entries.get("sequence"));
    }

    /** Whether the item was withdrawn on this channel (by a withdrawal with or without a sequence). */
    boolean withdrawn() {
        return entries.containsKey("withdrawn");
    }

    /** The withdrawal's sequence (0 when it had none, or when there was no withdrawal). */
    long withdrawnSequence() {
        return Sequences.parse(entries.get("withdrawn"));
    }

    /** Every article ever published for the item, newest version first (a pre-1.2 article counts as version 0). */
    List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String n = e.getKey();
            if (n.startsWith("article.") && n.indexOf('.', "article.".length()) < 0) {
                out.add(new Article(e.getValue(), (int) Sequences.parse(entries.get(n + ".version")),
                        entries.get(n + ".url"), entries.containsKey(n + ".deleted")));
            }
        }
        if (legacyArticle != null && out.stream().noneMatch(a -> a.id().equals(legacyArticle))) {
            out.add(new Article(legacyArticle, 0, null, entries.containsKey(name(legacyArticle) + ".deleted")));
        }
        out.sort(Comparator.comparingInt(Article::version).reversed());
        return out;
    }

    Optional<Article> article(String articleId) {
        return articles().stream().filter(a -> a.id().equals(articleId)).findFirst();
    }

    /** Submitted publish jobs that have produced neither an article nor a final failure: publish id → version. */
    Map<String, Integer> openJobs() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String n = e.getKey();
            if (n.startsWith("publish.") && n.indexOf('.', "publish.".length()) < 0
                    && !entries.containsKey(n + ".done") && !entries.containsKey(n + ".article")) {
                out.put(e.getValue(), (int) Sequences.parse(entries.get(n + ".version")));
            }
        }
        return out;
    }

    /** The article a job produced, if it is known. */
    String jobArticle(String publishId) {
        return entries.get(jobName(publishId) + ".article");
    }

    // ---------------------------------------------------------------- writes (each one durable at once)

    static void recordJob(DeliveryJournal j, String itemId, String publishId, int version) {
        String n = jobName(publishId);
        j.record(key(itemId), n + ".version", Integer.toString(version));
        j.record(key(itemId), n, publishId);
    }

    static void recordJobDone(DeliveryJournal j, String itemId, String publishId, String outcome) {
        j.record(key(itemId), jobName(publishId) + ".done", outcome);
    }

    static void recordArticle(DeliveryJournal j, String itemId, String publishId, String articleId, int version,
                              String url) {
        String n = name(articleId);
        j.record(key(itemId), n + ".version", Integer.toString(version));
        if (url != null) {
            j.record(key(itemId), n + ".url", url);
        }
        j.record(key(itemId), n, articleId); // last: an article is listed once its facts are there
        if (publishId != null) {
            j.record(key(itemId), jobName(publishId) + ".article", articleId);
        }
    }

    static void recordDeleted(DeliveryJournal j, String itemId, String articleId, String at) {
        j.record(key(itemId), name(articleId) + ".deleted", at);
    }

    static void recordSequence(DeliveryJournal j, String itemId, long current, long applied) {
        long next = Sequences.next(current, applied);
        if (next != current) {
            j.record(key(itemId), "sequence", Long.toString(next));
        }
    }

    static void recordWithdrawn(DeliveryJournal j, String itemId, long sequence) {
        j.record(key(itemId), "withdrawn", Long.toString(sequence));
    }

    private static String jobName(String publishId) {
        return "publish." + sha256(publishId).substring(0, 32);
    }

    /** The entry name of an article: fixed length, whatever WeChat's id looks like. */
    private static String name(String articleId) {
        return "article." + sha256(articleId).substring(0, 32);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
