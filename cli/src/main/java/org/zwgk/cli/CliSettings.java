package org.zwgk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.zwgk.channel.ChannelSettings;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.channel.ChannelConfigs;

/**
 * The {@code zwgk.*} settings outside {@code zwgk.channel.*} that the commands read from a configuration file. One
 * file may serve {@code zwgk dispatch} and {@code zwgk demo}, so both accept every key listed here. A key under
 * {@code zwgk.} that is not listed is a misspelling that would otherwise be ignored — {@code zwgk.store.ulr} would
 * quietly run the demo on H2, {@code zwgk.dispatch.thread} would quietly keep two threads — so it is an error
 * (ZWGK-9004) naming every such key with the closest known one. Keys outside {@code zwgk.} belong to the host.
 */
final class CliSettings {

    private CliSettings() {
    }

    /** Every key the commands read besides the channel keys; documented in docs/gate.md and docs/demo.md. */
    static final List<String> KNOWN = List.of(
            "zwgk.zone",
            "zwgk.store.url",
            "zwgk.log.key",
            "zwgk.dispatch.threads",
            "zwgk.dispatch.max-attempts",
            "zwgk.dispatch.batch-size",
            "zwgk.dispatch.lease-seconds",
            "zwgk.dispatch.poll-millis",
            "zwgk.dispatch.backoff-base-seconds",
            "zwgk.dispatch.backoff-max-seconds");

    /** Throws ZWGK-9004 listing every unknown {@code zwgk.*} key of {@code p} (read from {@code file}). */
    static void checkUnknown(Properties p, Path file) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (!key.startsWith("zwgk.") || key.startsWith(ChannelSettings.PREFIX) || KNOWN.contains(key)) {
                continue;
            }
            var near = ChannelConfigs.suggestion(key, KNOWN);
            zh.add(key + near.map(s -> "（是否应为 " + s + "？）").orElse(""));
            en.add(key + near.map(s -> " (did you mean " + s + "?)").orElse(""));
        }
        if (!zh.isEmpty()) {
            throw new ZwgkException(CliErrors.UNKNOWN_SETTING, file, String.join("、", zh), String.join(", ", en));
        }
    }
}
