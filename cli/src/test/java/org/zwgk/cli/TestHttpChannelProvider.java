package org.zwgk.cli;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelConfig;
import org.zwgk.spi.channel.ChannelProvider;
import org.zwgk.spi.channel.ConfigKey;
import org.zwgk.testing.HttpPostAdapter;

/** A ServiceLoader-discovered test channel that POSTs to a local receiver. */
public final class TestHttpChannelProvider implements ChannelProvider {
    @Override
    public String spiVersion() {
        return org.zwgk.spi.SpiVersion.CURRENT;
    }

    @Override
    public String id() {
        return "test-http";
    }

    @Override
    public List<ConfigKey> configKeys() {
        return List.of(new ConfigKey("url", null, false, "receiver URL"));
    }

    @Override
    public List<String> validate(ChannelConfig config) {
        List<String> problems = new ArrayList<>();
        if (config.get("url").isEmpty()) {
            problems.add("url is required");
        }
        for (String k : config.keys()) {
            if (!k.equals("url")) {
                problems.add("unknown key " + k);
            }
        }
        return problems;
    }

    @Override
    public ChannelAdapter create(ChannelConfig config, Clock clock) {
        return new HttpPostAdapter(id(), URI.create(config.get("url").orElseThrow()));
    }
}
