package org.zwgk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.spi.channel.DeliveryJournal;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.Publication;
import org.zwgk.spi.channel.Receipt;
import org.zwgk.spi.channel.Withdrawal;

/** A test channel that POSTs each delivery to an {@link HttpReceiver} with its idempotency key. */
public final class HttpPostAdapter implements ChannelAdapter {

    private final String id;
    private final URI target;

    public HttpPostAdapter(String id, URI target) {
        this.id = id;
        this.target = target;
    }

    @Override
    public String channelId() {
        return id;
    }

    @Override
    public Receipt publish(Publication p, DeliveryJournal journal) throws ChannelException {
        return post(p.idempotencyKey(), "publish " + p.itemId() + " v" + p.version() + " " + p.indexNumber());
    }

    @Override
    public Receipt withdraw(Withdrawal w, DeliveryJournal journal) throws ChannelException {
        return post(w.idempotencyKey(), "withdraw " + w.itemId());
    }

    private Receipt post(String key, String body) throws ChannelException {
        try {
            HttpURLConnection c = (HttpURLConnection) target.toURL().openConnection();
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setConnectTimeout(5000);
            c.setReadTimeout(10000);
            c.setRequestProperty("Idempotency-Key", key);
            c.setRequestProperty("Content-Type", "text/plain; charset=utf-8");
            try (OutputStream out = c.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                if (in != null) {
                    in.readAllBytes();
                }
            }
            if (status >= 500) {
                throw new ChannelException(ChannelErrorKind.TRANSIENT, "HTTP " + status);
            }
            if (status >= 400) {
                throw new ChannelException(ChannelErrorKind.PERMANENT, "HTTP " + status);
            }
            return new Receipt(key, null, Instant.now(), DeliveryStatus.LIVE, Map.of());
        } catch (IOException e) {
            throw new ChannelException(ChannelErrorKind.TRANSIENT, e.toString(), null, null, null, e);
        }
    }
}
