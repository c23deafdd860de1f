package org.zwgk.adapter.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.adapter.testkit.ChannelAdapterContract;
import org.zwgk.adapter.testkit.FailureCase;
import org.zwgk.adapter.testkit.Samples;
import org.zwgk.spi.channel.ChannelConfig;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.ChannelProvider;
import org.zwgk.spi.channel.Publication;

class ArchiveContractTest extends ChannelAdapterContract {

    @TempDir
    Path dir;

    @Override
    protected ChannelProvider provider() {
        return new ArchiveChannelProvider();
    }

    @Override
    protected ChannelConfig validConfig() {
        return ChannelConfig.of(Map.of("out", dir.resolve("handover").toString(), "days", "5,20"));
    }

    static long count(Path out, String fileName) throws IOException {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(f -> f.getFileName().toString().equals(fileName)).count();
        }
    }

    @Override
    protected int publicCopies(Publication p) throws IOException {
        return (int) count(dir.resolve("handover"), p.indexNumber().replace('/', '-') + "-v" + p.version() + ".eep.xml");
    }

    @Override
    protected boolean isWithdrawn(Publication p) throws IOException {
        return count(dir.resolve("handover"), p.indexNumber().replace('/', '-') + "-withdrawal.eep.xml") == 1;
    }

    /** The package of p's version exists, no newer version's does, and the item has no withdrawal package. */
    @Override
    protected boolean isCurrent(Publication p) throws IOException {
        String slug = p.indexNumber().replace('/', '-');
        if (publicCopies(p) != 1 || isWithdrawn(p)) {
            return false;
        }
        try (Stream<Path> s = Files.walk(dir.resolve("handover"))) {
            return s.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith(slug + "-v") && n.endsWith(".eep.xml"))
                    .map(n -> Integer.parseInt(n.substring(slug.length() + 2, n.length() - ".eep.xml".length())))
                    .allMatch(v -> v <= p.version());
        }
    }

    @Override
    protected UnknownWithdrawal unknownWithdrawal() {
        return UnknownWithdrawal.ERROR;
    }

    @Override
    protected List<String> secretValues() {
        return List.of();
    }

    @Override
    protected List<FailureCase> failureCases() {
        return List.of(
                FailureCase.content("blank title", ChannelErrorKind.REJECTED_CONTENT, p -> Samples.withTitle(p, "")),
                FailureCase.remote("out is a file", ChannelErrorKind.CONFIGURATION,
                        () -> Files.writeString(dir.resolve("handover"), "x")));
    }
}
