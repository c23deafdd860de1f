package org.zwgk.testing;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.spi.channel.DeliveryJournal;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.Publication;
import org.zwgk.spi.channel.Receipt;
import org.zwgk.spi.channel.Withdrawal;

/** An in-memory channel that records what it receives and can be told to fail the next calls. */
public final class RecordingAdapter implements ChannelAdapter {

    private final String id;
    private final List<Publication> published = new CopyOnWriteArrayList<>();
    private final List<Withdrawal> withdrawn = new CopyOnWriteArrayList<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final Deque<ChannelException> failures = new ArrayDeque<>();
    private final Map<String, Deque<ChannelException>> itemFailures = new java.util.HashMap<>();
    private volatile Consumer<Publication> inspector = p -> { };

    public RecordingAdapter(String id) {
        this.id = id;
    }

    /** Checks every publication before accepting it (a test's model assertion). */
    public RecordingAdapter inspector(Consumer<Publication> check) {
        this.inspector = check;
        return this;
    }

    /** The next call throws {@code e}. */
    public synchronized RecordingAdapter failNext(ChannelException e) {
        failures.add(e);
        return this;
    }

    /** The next call for {@code itemId} throws {@code e}. */
    public synchronized RecordingAdapter failNextFor(String itemId, ChannelException e) {
        itemFailures.computeIfAbsent(itemId, k -> new ArrayDeque<>()).add(e);
        return this;
    }

    @Override
    public String channelId() {
        return id;
    }

    @Override
    public Receipt publish(Publication p, DeliveryJournal journal) throws ChannelException {
        calls.add("publish:" + p.itemId() + ":v" + p.version() + ":" + p.idempotencyKey());
        throwIfScheduled(p.itemId());
        inspector.accept(p);
        published.add(p);
        journal.record(p.idempotencyKey(), "remote_id", id + "-" + published.size());
        return new Receipt(id + "-" + published.size(), URI.create("https://example.gov.cn/" + id + "/" + p.itemId()),
                Instant.EPOCH, DeliveryStatus.LIVE, Map.of());
    }

    @Override
    public Receipt withdraw(Withdrawal w, DeliveryJournal journal) throws ChannelException {
        calls.add("withdraw:" + w.itemId() + ":" + w.idempotencyKey());
        throwIfScheduled(w.itemId());
        withdrawn.add(w);
        return new Receipt("w-" + withdrawn.size(), null, Instant.EPOCH, DeliveryStatus.WITHDRAWN, Map.of());
    }

    private synchronized void throwIfScheduled(String itemId) throws ChannelException {
        Deque<ChannelException> own = itemFailures.get(itemId);
        ChannelException e = own != null && !own.isEmpty() ? own.poll() : failures.poll();
        if (e != null) {
            throw e;
        }
    }

    public List<Publication> published() {
        return List.copyOf(published);
    }

    public List<Withdrawal> withdrawn() {
        return List.copyOf(withdrawn);
    }

    /** Every call in order, e.g. {@code publish:item:v1:key}, {@code withdraw:item:key}. */
    public List<String> calls() {
        return List.copyOf(calls);
    }
}
