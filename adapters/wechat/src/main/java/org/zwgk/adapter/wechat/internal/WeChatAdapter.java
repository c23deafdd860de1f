package org.zwgk.adapter.wechat.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.zwgk.adapter.support.Json;
import org.zwgk.adapter.support.Sequences;
import org.zwgk.adapter.wechat.WeChatSettings;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.spi.channel.DeliveryJournal;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.Publication;
import org.zwgk.spi.channel.Receipt;
import org.zwgk.spi.channel.Withdrawal;

/**
 * Publishes one article per publication: in-article images ({@code media/uploadimg}), a permanent cover
 * ({@code material/add_material?type=image}), {@code draft/add}, {@code freepublish/submit}, then
 * {@code freepublish/get} until a final status. Every remote id is written to the {@link DeliveryJournal} the moment
 * it is known; a retry resumes from the journal and asks for status before acting, so an article is never submitted
 * twice. If a submit was sent but its reply was lost, and the draft is gone (so WeChat took it), the adapter refuses
 * to submit again and reports {@link ChannelErrorKind#PERMANENT} for an operator to check.
 *
 * <p>The cover ({@code thumb_media_id}) is the publication's first image; a publication without one gets the
 * account's configured cover ({@link WeChatSettings#cover()}), uploaded once as permanent material and journaled under
 * {@code wechat:cover:<sha-256 of app id and image>} so that every later article reuses it.
 */
public final class WeChatAdapter implements ChannelAdapter {

    static final int MAX_TITLE = 32;
    static final int MAX_AUTHOR = 16;
    static final int MAX_DIGEST = 128;
    static final int MAX_CONTENT_CHARS = 20_000;
    static final int MAX_CONTENT_BYTES = 1024 * 1024;
    static final int MAX_IMAGE_BYTES = 1024 * 1024;

    private final WeChatSettings s;
    private final Clock clock;
    private final WeChatApi api;
    /** Serialises deliveries of the same item within this process (the journal covers across processes). */
    private final Map<String, Object> itemLocks = new ConcurrentHashMap<>();
    /** Journal key of the configured cover's permanent material id (per account and image), or {@code null}. */
    private final String coverKey;
    private final Object coverLock = new Object();

    public WeChatAdapter(WeChatSettings settings, Clock clock) {
        this.s = settings;
        this.clock = clock;
        this.api = new WeChatApi(settings, clock);
        this.coverKey = settings.cover() == null ? null : "wechat:cover:" + sha256(settings.appId(), settings.cover());
    }

    @Override
    public String channelId() {
        return "wechat";
    }

    // ------------------------------------------------------------------ publish

    @Override
    public Receipt publish(Publication p, DeliveryJournal journal) throws ChannelException {
        List<Attachment> images = p.attachments().stream().filter(a -> a.mediaType().startsWith("image/")).toList();
        check(p, images);
        checkContent(content(p, List.of())); // the text alone is too long: say so before any call
        String key = p.idempotencyKey();
        synchronized (itemLocks.computeIfAbsent(p.itemId(), k -> new Object())) {
            Map<String, String> j = journal.load(key);
            Receipt unchanged = unchangedBy(p, ItemJournal.load(journal, p.itemId()), j);
            if (unchanged != null) {
                return withdrawOwn(p, j, journal);
            }
            if (j.containsKey("article_url")) {
                return finish(p, journal, j); // a repeat: the article is there; finish what may be left to do
            }
            if (!j.containsKey("publish_id")) {
                if (j.containsKey("submit_sent")) {
                    // Unknown outcome: a submit went out and no publish_id came back. Ask before acting again.
                    if (!draftExists(j.get("media_id"))) {
                        throw new ChannelException(ChannelErrorKind.PERMANENT, "发布请求已发出但结果未知，草稿已不存在，为防止重复发布已停止，"
                                + "请在公众平台核对 / submit outcome unknown and the draft is gone: not submitting again, "
                                + "check the MP console (media_id " + j.get("media_id") + ")");
                    }
                }
                String mediaId = j.get("media_id");
                if (mediaId == null) {
                    mediaId = draft(p, images, key, j, journal);
                }
                // The last moment before anything becomes public: a withdrawal or a newer version applied since this
                // delivery started wins, and nothing is submitted.
                unchanged = unchangedBy(p, ItemJournal.load(journal, p.itemId()), j);
                if (unchanged != null) {
                    return unchanged;
                }
                journal.record(key, "submit_sent", clock.instant().toString());
                Map<String, Object> sub = api.call("/cgi-bin/freepublish/submit", "{\"media_id\":" + Json.quoteText(mediaId)
                        + "}");
                String publishId = WeChatApi.str(sub, "publish_id");
                // Under the item first: a withdrawal finds the job (and its article) even if this process dies now.
                ItemJournal.recordJob(journal, p.itemId(), publishId, p.version());
                journal.record(key, "publish_id", publishId);
                j = journal.load(key);
            }
            poll(p, key, j.get("publish_id"), journal);
            return finish(p, journal, journal.load(key));
        }
    }

    /** Uploads the images and the cover, checks the final content, and adds the draft; returns its media id. */
    private String draft(Publication p, List<Attachment> images, String key, Map<String, String> j,
                         DeliveryJournal journal) throws ChannelException {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            String url = j.get("img." + i + ".url");
            if (url == null) {
                Map<String, Object> r = api.upload("/cgi-bin/media/uploadimg", images.get(i));
                url = WeChatApi.str(r, "url");
                journal.record(key, "img." + i + ".url", url);
            }
            urls.add(url);
        }
        // The limit applies to the content as sent, with the images' URLs inlined (reference §16).
        String content = content(p, urls);
        checkContent(content);
        String thumb = j.get("thumb_media_id");
        if (thumb == null) {
            thumb = images.isEmpty() ? coverMediaId(journal)
                    : WeChatApi.str(api.upload("/cgi-bin/material/add_material?type=image", images.get(0)), "media_id");
            journal.record(key, "thumb_media_id", thumb);
        }
        // UTF-8 text as is: WeChat does not decode Unicode escapes in every field.
        String article = "{\"articles\":[{\"article_type\":\"news\",\"title\":" + Json.quoteText(p.title())
                + ",\"author\":" + Json.quoteText(s.author()) + ",\"digest\":" + Json.quoteText(digest(p))
                + ",\"content\":" + Json.quoteText(content) + ",\"content_source_url\":\"\""
                + ",\"thumb_media_id\":" + Json.quoteText(thumb)
                + ",\"need_open_comment\":0,\"only_fans_can_comment\":0}]}";
        String mediaId = WeChatApi.str(api.call("/cgi-bin/draft/add", article), "media_id");
        journal.record(key, "media_id", mediaId);
        return mediaId;
    }

    /**
     * The receipt when {@code p} must not be published (now), or {@code null} to go on: a lower sequence than the
     * item's applied one (stale: a newer version or the withdrawal came first), a repeat of an article taken down
     * since, or — from a caller without sequences (SPI 1.1) — an older version than one already published.
     */
    private Receipt unchangedBy(Publication p, ItemJournal item, Map<String, String> j) {
        if (Sequences.isStale(item.sequence(), p.sequence())) {
            return stale(item);
        }
        String mine = j.get("article_id");
        if (mine != null && item.article(mine).map(ItemJournal.Article::deleted).orElse(false)) {
            return stale(item);
        }
        if (p.sequence() == 0 && mine == null
                && item.articles().stream().anyMatch(a -> !a.deleted() && a.version() > p.version())) {
            return stale(item);
        }
        return null;
    }

    /**
     * After the article of {@code p} is live: if a withdrawal or a newer version was applied meanwhile, this article
     * is taken down again (the newest intent wins); otherwise the item's older articles are deleted, so the public
     * sees one version of the item, the newest.
     */
    private Receipt finish(Publication p, DeliveryJournal journal, Map<String, String> j) throws ChannelException {
        String mine = j.get("article_id");
        ItemJournal item = ItemJournal.load(journal, p.itemId());
        if (Sequences.isStale(item.sequence(), p.sequence())) {
            if (item.article(mine).filter(a -> !a.deleted()).isPresent()) {
                delete(p.itemId(), mine, journal);
            }
            return stale(ItemJournal.load(journal, p.itemId()));
        }
        ItemJournal.recordSequence(journal, p.itemId(), item.sequence(), p.sequence());
        // Older versions' articles, and those of older jobs still publishing (retried until WeChat finished them).
        takeDown(p.itemId(), journal, v -> v < p.version(), "更正 / correction");
        return live(j);
    }

    /**
     * The answer to a publication that must not go (or stay) public: if this delivery had already submitted its
     * article (a retry after "still publishing", or a late repeat), that article is taken down too.
     */
    private Receipt withdrawOwn(Publication p, Map<String, String> j, DeliveryJournal journal) throws ChannelException {
        String job = j.get("publish_id");
        ItemJournal item = ItemJournal.load(journal, p.itemId());
        if (job != null && item.openJobs().containsKey(job)) {
            settle(p.itemId(), job, p.version(), journal, "过时的投递 / stale delivery");
            item = ItemJournal.load(journal, p.itemId());
        }
        String mine = j.get("article_id") != null ? j.get("article_id") : job == null ? null : item.jobArticle(job);
        if (mine != null && item.article(mine).filter(a -> !a.deleted()).isPresent()) {
            delete(p.itemId(), mine, journal);
            item = ItemJournal.load(journal, p.itemId());
        }
        return stale(item);
    }

    /** The item's current state on WeChat, as a receipt marked stale. */
    private Receipt stale(ItemJournal item) {
        List<ItemJournal.Article> all = item.articles();
        java.util.Optional<ItemJournal.Article> live = all.stream().filter(a -> !a.deleted()).findFirst();
        Map<String, String> d = Sequences.staleDetails(Map.of(), item.sequence());
        if (live.isPresent()) {
            ItemJournal.Article a = live.get();
            return new Receipt(a.id(), a.url() == null ? null : URI.create(a.url()), clock.instant(),
                    DeliveryStatus.LIVE, d);
        }
        return new Receipt(all.isEmpty() ? "" : all.get(0).id(), null, clock.instant(),
                item.withdrawn() ? DeliveryStatus.WITHDRAWN : DeliveryStatus.ACCEPTED, d);
    }

    /** The configured cover's permanent material id: uploaded the first time, then read from the journal. */
    private String coverMediaId(DeliveryJournal journal) throws ChannelException {
        synchronized (coverLock) {
            String id = journal.load(coverKey).get("thumb_media_id");
            if (id == null) {
                id = WeChatApi.str(api.upload("/cgi-bin/material/add_material?type=image", s.cover()), "media_id");
                journal.record(coverKey, "thumb_media_id", id);
            }
            return id;
        }
    }

    private static String sha256(String appId, Attachment cover) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(appId.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            byte[] d = md.digest(cover.content());
            StringBuilder b = new StringBuilder(64);
            for (byte x : d) {
                b.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
            }
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    private Receipt poll(Publication p, String key, String publishId, DeliveryJournal journal) throws ChannelException {
        for (int attempt = 0; attempt < s.pollLimit(); attempt++) {
            Map<String, Object> st = api.call("/cgi-bin/freepublish/get", "{\"publish_id\":" + Json.quoteText(publishId) + "}");
            int status = ((Number) st.getOrDefault("publish_status", -1L)).intValue();
            switch (status) {
                case 0 -> {
                    String articleId = WeChatApi.str(st, "article_id");
                    String url = articleUrl(st);
                    // Under the item first: whatever happens next, a withdrawal will find and delete this article.
                    ItemJournal.recordArticle(journal, p.itemId(), publishId, articleId, p.version(), url);
                    journal.record(key, "article_id", articleId);
                    journal.record(key, "article_url", url);
                    return live(journal.load(key));
                }
                case 1 -> WeChatApi.sleep(s.pollInterval());
                case 2, 3, 4 -> {
                    ItemJournal.recordJobDone(journal, p.itemId(), publishId, "publish_status=" + status);
                    journal.record(key, "publish_status", Integer.toString(status));
                    throw new ChannelException(ChannelErrorKind.REJECTED_CONTENT, "微信发布失败，状态 " + status + "（"
                            + (status == 2 ? "原创校验未通过" : status == 3 ? "常规失败" : "审核不通过") + "） / publish failed, status "
                            + status, "publish_status=" + status, api.redact(String.valueOf(st)), null, null);
                }
                case 5, 6 -> {
                    ItemJournal.recordJobDone(journal, p.itemId(), publishId, "publish_status=" + status);
                    journal.record(key, "publish_status", Integer.toString(status));
                    throw new ChannelException(ChannelErrorKind.PERMANENT, "文章发布成功后已被" + (status == 5 ? "删除" : "封禁")
                            + " / article " + (status == 5 ? "deleted" : "banned") + " after success",
                            "publish_status=" + status, api.redact(String.valueOf(st)), null, null);
                }
                default -> throw new ChannelException(ChannelErrorKind.PERMANENT, "未知发布状态 / unknown publish_status "
                        + status, null, api.redact(String.valueOf(st)), null, null);
            }
        }
        throw new ChannelException(ChannelErrorKind.TRANSIENT, "微信仍在发布中，稍后查询 / still publishing after "
                + s.pollLimit() + " polls (publish_id recorded; the retry polls, it does not resubmit)");
    }

    private Receipt live(Map<String, String> j) {
        return new Receipt(j.get("article_id"), URI.create(j.get("article_url")), clock.instant(), DeliveryStatus.LIVE,
                Map.of("publish_id", j.getOrDefault("publish_id", ""), "media_id", j.getOrDefault("media_id", "")));
    }

    @SuppressWarnings("unchecked")
    private static String articleUrl(Map<String, Object> st) throws ChannelException {
        Object detail = st.get("article_detail");
        if (detail instanceof Map<?, ?> d && d.get("item") instanceof List<?> items && !items.isEmpty()
                && items.get(0) instanceof Map<?, ?> first && first.get("article_url") instanceof String u) {
            return u;
        }
        throw new ChannelException(ChannelErrorKind.PERMANENT, "发布成功但没有文章链接 / success without article_url");
    }

    private boolean draftExists(String mediaId) throws ChannelException {
        if (mediaId == null) {
            return false;
        }
        try {
            api.call("/cgi-bin/draft/get", "{\"media_id\":" + Json.quoteText(mediaId) + "}");
            return true;
        } catch (ChannelException e) {
            if (e.remoteCode().filter(c -> c.equals("40007")).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    // ------------------------------------------------------------------ withdraw

    /**
     * Deletes every article ever published for the item — each version's, and the article of a job still
     * publishing (asked for by {@code freepublish/get}; while WeChat is still publishing it, the withdrawal is
     * {@link ChannelErrorKind#TRANSIENT} and retried). The withdrawal is recorded under the item before the first
     * deletion, so a publication finishing meanwhile takes its own article down.
     */
    @Override
    public Receipt withdraw(Withdrawal w, DeliveryJournal journal) throws ChannelException {
        synchronized (itemLocks.computeIfAbsent(w.itemId(), k -> new Object())) {
            ItemJournal item = ItemJournal.load(journal, w.itemId());
            Map<String, String> done = journal.load(w.idempotencyKey());
            if (Sequences.isStale(item.sequence(), w.sequence())) {
                return stale(item); // a newer publication was applied after this withdrawal was queued
            }
            boolean unknown = item.articles().isEmpty() && item.openJobs().isEmpty() && !item.withdrawn()
                    && !done.containsKey("deleted");
            if (unknown && w.sequence() == 0) {
                throw new ChannelException(ChannelErrorKind.PERMANENT, "公众号上没有该事项的文章，无法撤回 / no article for item "
                        + w.itemId());
            }
            // Numbered and unknown: it overtook its publication, which will find it here and be dropped.
            ItemJournal.recordWithdrawn(journal, w.itemId(), w.sequence());
            ItemJournal.recordSequence(journal, w.itemId(), item.sequence(), w.sequence());
            takeDown(w.itemId(), journal, v -> true, "撤回 / withdrawal");
            item = ItemJournal.load(journal, w.itemId());
            String remote = done.get("deleted");
            if (remote == null) {
                remote = item.articles().isEmpty() ? "" : item.articles().get(0).id();
                journal.record(w.idempotencyKey(), "deleted", remote);
            }
            return new Receipt(remote, null, clock.instant(), DeliveryStatus.WITHDRAWN, unknown
                    ? Map.of("articles", "0", "published", "false")
                    : Map.of("articles", Integer.toString(item.articles().size())));
        }
    }

    /**
     * Deletes the item's articles of the versions {@code versions} accepts, after asking how their open jobs ended
     * (a job WeChat is still publishing makes this {@link ChannelErrorKind#TRANSIENT}: retried until it can be
     * deleted).
     */
    private void takeDown(String itemId, DeliveryJournal journal, java.util.function.IntPredicate versions,
                          String why) throws ChannelException {
        for (Map.Entry<String, Integer> job : ItemJournal.load(journal, itemId).openJobs().entrySet()) {
            if (versions.test(job.getValue())) {
                settle(itemId, job.getKey(), job.getValue(), journal, why);
            }
        }
        for (ItemJournal.Article a : ItemJournal.load(journal, itemId).articles()) {
            if (!a.deleted() && versions.test(a.version())) {
                delete(itemId, a.id(), journal);
            }
        }
    }

    /** Asks WeChat how a submitted job ended and records it: an article (to delete), or nothing public. */
    private void settle(String itemId, String publishId, int version, DeliveryJournal journal, String why)
            throws ChannelException {
        Map<String, Object> st = api.call("/cgi-bin/freepublish/get", "{\"publish_id\":" + Json.quoteText(publishId) + "}");
        int status = ((Number) st.getOrDefault("publish_status", -1L)).intValue();
        switch (status) {
            case 0 -> ItemJournal.recordArticle(journal, itemId, publishId, WeChatApi.str(st, "article_id"), version,
                    articleUrl(st));
            case 1 -> throw new ChannelException(ChannelErrorKind.TRANSIENT, "微信仍在发布该事项的一篇文章，发布完成后再删除（"
                    + why + "） / WeChat is still publishing an article of the item, to be deleted once published");
            case 2, 3, 4, 5, 6 -> ItemJournal.recordJobDone(journal, itemId, publishId, "publish_status=" + status);
            default -> throw new ChannelException(ChannelErrorKind.PERMANENT, "未知发布状态 / unknown publish_status "
                    + status, null, api.redact(String.valueOf(st)), null, null);
        }
    }

    private void delete(String itemId, String articleId, DeliveryJournal journal) throws ChannelException {
        api.call("/cgi-bin/freepublish/delete", "{\"article_id\":" + Json.quoteText(articleId) + ",\"index\":0}");
        ItemJournal.recordDeleted(journal, itemId, articleId, clock.instant().toString());
    }

    // ------------------------------------------------------------------ checks and content

    /** The limits of the final content, as sent (reference §16): < 20,000 characters and < 1 MB. */
    private static void checkContent(String content) throws ChannelException {
        if (content.length() >= MAX_CONTENT_CHARS || content.getBytes(StandardCharsets.UTF_8).length >= MAX_CONTENT_BYTES) {
            throw new ChannelException(ChannelErrorKind.REJECTED_CONTENT, "正文（含图片链接）须少于20000字符且小于1MB，实为 "
                    + content.length() + " 字符 / content as sent (image links included) must be < 20,000 characters and "
                    + "< 1 MB, is " + content.length() + " characters");
        }
    }

    private void check(Publication p, List<Attachment> images) throws ChannelException {
        List<String> problems = new ArrayList<>();
        if (p.title().isBlank() || p.title().codePointCount(0, p.title().length()) > MAX_TITLE) {
            problems.add("标题须为1–" + MAX_TITLE + "个字 / title must be 1–" + MAX_TITLE + " characters");
        }
        if (s.author().codePointCount(0, s.author().length()) > MAX_AUTHOR) {
            problems.add("作者不得超过" + MAX_AUTHOR + "个字 / author longer than " + MAX_AUTHOR);
        }
        if (images.isEmpty() && s.cover() == null) {
            problems.add("需要至少一张图片附件作封面（jpg/png），或配置 cover / a jpg/png image attachment is needed as the "
                    + "cover, or the channel's cover setting");
        }
        for (Attachment a : images) {
            String problem = imageProblem(a);
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new ChannelException(ChannelErrorKind.REJECTED_CONTENT, String.join("; ", problems));
        }
    }

    /**
     * Why WeChat would refuse this image ({@code media/uploadimg}, cover), or {@code null}: jpg or png by media type
     * and magic bytes, under 1 MB.
     */
    public static String imageProblem(Attachment a) {
        byte[] data = a.content();
        boolean png = a.mediaType().equals("image/png") && startsWith(data, PNG_MAGIC);
        boolean jpg = (a.mediaType().equals("image/jpeg") || a.mediaType().equals("image/jpg"))
                && startsWith(data, JPEG_MAGIC);
        if (!png && !jpg) {
            return "图片 " + a.fileName() + " 须为 jpg 或 png / image must be jpg or png";
        }
        if (data.length >= MAX_IMAGE_BYTES) {
            return "图片 " + a.fileName() + " 须小于1MB / image must be < 1 MB";
        }
        return null;
    }

    /** The media type of a jpg or png by its magic bytes, else {@code application/octet-stream}. */
    public static String imageType(byte[] data) {
        return startsWith(data, PNG_MAGIC) ? "image/png" : startsWith(data, JPEG_MAGIC) ? "image/jpeg"
                : "application/octet-stream";
    }

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private static boolean startsWith(byte[] data, byte[] magic) {
        if (data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (data[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * ≤ 128 characters: the first 54 of the body (WeChat's own default length), after a first line that only repeats
     * the title — 公文 bodies start with their title, which the article shows above the digest anyway.
     */
    static String digest(Publication p) {
        String body = p.body().strip();
        int eol = body.indexOf('\n');
        if (eol > 0 && body.substring(0, eol).strip().equals(p.title().strip()) && !body.substring(eol).isBlank()) {
            body = body.substring(eol).strip();
        }
        String flat = body.replaceAll("\\s+", " ");
        return flat.codePointCount(0, flat.length()) <= 54 ? flat : flat.substring(0, flat.offsetByCodePoints(0, 54));
    }

    /** Plain text → escaped HTML paragraphs, then the in-article images, then the metadata line and other files. */
    public static String content(Publication p, List<String> imageUrls) {
        StringBuilder b = new StringBuilder();
        for (String para : p.body().split("\\R")) {
            if (!para.isBlank()) {
                b.append("<p>").append(escape(para.strip())).append("</p>");
            }
        }
        for (String u : imageUrls) {
            b.append("<p><img src=\"").append(escape(u)).append("\"></p>");
        }
        for (Attachment a : p.attachments()) {
            if (!a.mediaType().startsWith("image/")) {
                b.append("<p>附件：").append(escape(a.fileName())).append("（请至政府网站下载）</p>");
            }
        }
        b.append("<p>索引号：").append(escape(p.indexNumber())).append("　发布机构：").append(escape(p.publisher()))
                .append(p.documentNumber().isEmpty() ? "" : "　文号：" + escape(p.documentNumber())).append("</p>");
        return b.toString();
    }

    static String escape(String s) {
        return org.zwgk.spi.Html.escape(s);
    }

    @Override
    public String toString() {
        return "WeChatAdapter[" + s.apiBaseUrl() + ", appId=" + s.appId() + "]";
    }
}
