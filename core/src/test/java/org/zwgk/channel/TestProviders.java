package org.zwgk.channel;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelConfig;
import org.zwgk.spi.channel.ChannelConfigs;
import org.zwgk.spi.channel.ChannelProvider;
import org.zwgk.spi.channel.ConfigKey;
import org.zwgk.spi.channel.DeliveryJournal;
import org.zwgk.spi.channel.Publication;
import org.zwgk.spi.channel.Receipt;
import org.zwgk.spi.channel.Withdrawal;

/** Small providers for the registry tests; discovered only through a test-local services file. */
public final class TestProviders {

    private TestProviders() {
    }

    /** An adapter that remembers its configuration and whether it was closed. */
    static final class RecordingAdapter implements ChannelAdapter {
        final String id;
        final ChannelConfig config;
        final Clock clock;
        final AtomicBoolean closed = new AtomicBoolean();

        RecordingAdapter(String id, ChannelConfig config, Clock clock) {
            this.id = id;
            this.config = config;
            this.clock = clock;
        }

        @Override
        public String channelId() {
            return id;
        }

        @Override
        public Receipt publish(Publication publication, DeliveryJournal journal) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Receipt withdraw(Withdrawal withdrawal, DeliveryJournal journal) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
            closed.set(true);
        }

        @Override
        public String toString() {
            return "RecordingAdapter[" + id + "]";
        }
    }

    /** An LED screen: endpoint (http URL), token (secret), retries (positive int, default 3). */
    public static class Led implements ChannelProvider {
        @Override
        public String spiVersion() {
            return org.zwgk.spi.SpiVersion.CURRENT;
        }
        static final List<ConfigKey> KEYS = List.of(
                new ConfigKey("endpoint", null, false, "controller URL"),
                new ConfigKey("token", null, true, "controller token"),
                new ConfigKey("retries", "3", false, "retries"),
                new ConfigKey("guide.office", "", false, "a dotted key"));
        final List<RecordingAdapter> created = new ArrayList<>();

        @Override
        public String id() {
            return "led";
        }

        @Override
        public List<ConfigKey> configKeys() {
            return KEYS;
        }

        @Override
        public List<String> validate(ChannelConfig c) {
            List<String> p = new ArrayList<>();
            ChannelConfigs.checkUnknown(c, KEYS, p);
            ChannelConfigs.checkRequired(c, KEYS, p);
            ChannelConfigs.httpUri(c, "endpoint", p);
            ChannelConfigs.positiveInt(c, "retries", p);
            return p;
        }

        @Override
        public ChannelAdapter create(ChannelConfig c, Clock clock) {
            URI.create(c.get("endpoint").orElseThrow());
            RecordingAdapter a = new RecordingAdapter(id(), c, clock);
            created.add(a);
            return a;
        }
    }

    /** A directory channel with one required key. */
    public static class Screen implements ChannelProvider {
        @Override
        public String spiVersion() {
            return org.zwgk.spi.SpiVersion.CURRENT;
        }
        final List<RecordingAdapter> created = new ArrayList<>();

        @Override
        public String id() {
            return "screen";
        }

        @Override
        public List<ConfigKey> configKeys() {
            return List.of(new ConfigKey("out", null, false, "output directory"));
        }

        @Override
        public List<String> validate(ChannelConfig c) {
            List<String> p = new ArrayList<>();
            ChannelConfigs.checkRequired(c, configKeys(), p);
            return p;
        }

        @Override
        public ChannelAdapter create(ChannelConfig c, Clock clock) {
            RecordingAdapter a = new RecordingAdapter(id(), c, clock);
            created.add(a);
            return a;
        }
    }

    /** Misbehaves with its secret: echoes it in a validation message and in an exception from create. */
    public static class Leaky implements ChannelProvider {
        @Override
        public String spiVersion() {
            return org.zwgk.spi.SpiVersion.CURRENT;
        }
        @Override
        public String id() {
            return "leaky";
        }

        @Override
        public List<ConfigKey> configKeys() {
            return List.of(new ConfigKey("password", null, true, "password"));
        }

        @Override
        public List<String> validate(ChannelConfig c) {
            String pw = c.get("password").orElse("");
            return pw.startsWith("bad") ? List.of("password " + pw + " is too weak") : List.of();
        }

        @Override
        public ChannelAdapter create(ChannelConfig c, Clock clock) {
            throw new IllegalStateException("login refused for password " + c.get("password").orElse(""),
                    new RuntimeException("server said: wrong password " + c.get("password").orElse("")));
        }
    }

    /** Throws in its constructor: ServiceLoader reports a ServiceConfigurationError. */
    public static class BrokenConstructor extends Screen {
        public BrokenConstructor() {
            throw new IllegalStateException("boom: missing native library");
        }
    }

    /** Built for a future SPI. */
    public static class FutureSpi extends Screen {
        @Override
        public String id() {
            return "future";
        }

        @Override
        public String spiVersion() {
            return "2.0";
        }
    }

    /** Two discovered providers with the same id. */
    public static class DupA extends Screen {
        @Override
        public String id() {
            return "dup";
        }
    }

    public static class DupB extends DupA {
    }

    /** An id that cannot be a key segment. */
    public static class BadId extends Screen {
        @Override
        public String id() {
            return "Bad.Id";
        }
    }
}
