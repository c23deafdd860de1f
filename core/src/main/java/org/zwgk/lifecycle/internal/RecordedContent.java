package org.zwgk.lifecycle.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zwgk.lifecycle.LifecycleEvent;

/**
 * The content digests an item's event chain recorded: at registration (title, body, files) and for the public version
 * (title, text, files). The chain — hashed, and HMAC-keyed with {@code zwgk.log.key} — is the authority;
 * the stored rows are compared with it before anything is queued for a channel, and by the verifier.
 *
 * <p>The digests are written into the events' details as {@code titleSha256=…; contentSha256=…; filesSha256=…}
 * ({@code REGISTERED}) and {@code titleSha256=…; textSha256=…; filesSha256=…} ({@code PUBLIC_VERSION});
 * {@code filesSha256} is {@link #filesDigest} of the manifest. Items registered before these fields existed have
 * none: nothing to compare.
 */
public record RecordedContent(String titleSha256, String contentSha256, String filesSha256) {

    private static final Pattern FIELD = Pattern.compile("(?:^|; )([A-Za-z0-9]+)=([^;]*)");

    /** A field of an event's details, e.g. {@code contentSha256}. */
    public static Optional<String> field(String details, String name) {
        Matcher m = FIELD.matcher(details);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return Optional.of(m.group(2));
            }
        }
        return Optional.empty();
    }

    /** What registration recorded, if the item was registered with digests. */
    public static Optional<RecordedContent> registered(List<LifecycleEvent> events) {
        return events.stream().filter(e -> e.type().equals("REGISTERED")).findFirst()
                .flatMap(e -> of(e, "contentSha256"));
    }

    /** What the latest public version recorded, if there is one. */
    public static Optional<RecordedContent> publicVersion(List<LifecycleEvent> events) {
        Optional<RecordedContent> last = Optional.empty();
        for (LifecycleEvent e : events) {
            if (e.type().equals("PUBLIC_VERSION")) {
                last = of(e, "textSha256");
            }
        }
        return last;
    }

    private static Optional<RecordedContent> of(LifecycleEvent e, String content) {
        Optional<String> title = field(e.details(), "titleSha256");
        Optional<String> body = field(e.details(), content);
        Optional<String> files = field(e.details(), "filesSha256");
        if (title.isEmpty() || body.isEmpty() || files.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RecordedContent(title.get(), body.get(), files.get()));
    }

    /**
     * The digest of a file manifest: SHA-256 over one line per file, {@code position TAB name TAB type TAB sha256},
     * in position order (file names may hold any character but a tab or line break, which sanitising removes).
     */
    public static String filesDigest(List<org.zwgk.store.internal.OutboxPayload.FileRef> files) {
        StringBuilder b = new StringBuilder();
        for (org.zwgk.store.internal.OutboxPayload.FileRef f : files) {
            b.append(f.position()).append('\t').append(f.fileName()).append('\t').append(f.mediaType()).append('\t')
                    .append(f.sha256()).append('\n');
        }
        return org.zwgk.lifecycle.LogKey.sha256Hex(b.toString());
    }
}
