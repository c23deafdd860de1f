package org.zwgk.adapter.website;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

class StaticSiteContractTest extends ChannelAdapterContract {

    @TempDir
    Path dir;

    static Map<String, String> staticConfig(Path out) {
        return Map.of("mode", "static", "out", out.toString(), "base-url", "https://www.example.gov.cn/zwgk/",
                "body-name", "安溪县凤城镇人民政府", "guide.office", "凤城镇党政办公室", "guide.address", "安溪县凤城镇河滨路1号",
                "guide.phone", "0595-12345678", "guide.hours", "工作日 8:00-12:00，14:30-17:30");
    }

    @Override
    protected ChannelProvider provider() {
        return new WebsiteChannelProvider();
    }

    @Override
    protected ChannelConfig validConfig() {
        return ChannelConfig.of(staticConfig(dir.resolve("site")));
    }

    static int pagesShowing(Path out, Publication p) throws IOException {
        Path items = out.resolve("items");
        if (!Files.isDirectory(items)) {
            return 0;
        }
        String cell = "<th scope=\"row\">索引号</th><td>" + Html.escape(p.indexNumber()) + "</td>";
        try (Stream<Path> files = Files.list(items)) {
            int n = 0;
            for (Path f : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                if (Files.readString(f, StandardCharsets.UTF_8).contains(cell)) {
                    n++;
                }
            }
            return n;
        }
    }

    @Override
    protected int publicCopies(Publication p) throws IOException {
        return pagesShowing(dir.resolve("site"), p);
    }

    @Override
    protected boolean isWithdrawn(Publication p) throws IOException {
        Path page = dir.resolve("site/items/" + p.indexNumber().replace('/', '-') + ".html");
        return Files.exists(page) && Files.readString(page, StandardCharsets.UTF_8).contains("撤回公告");
    }

    @Override
    protected boolean isCurrent(Publication p) throws IOException {
        Path page = dir.resolve("site/items/" + p.indexNumber().replace('/', '-') + ".html");
        if (!Files.exists(page)) {
            return false;
        }
        String html = Files.readString(page, StandardCharsets.UTF_8);
        return !html.contains("撤回公告") && html.contains("<h1>" + Html.escape(p.title()) + "</h1>");
    }

    @Override
    protected UnknownWithdrawal unknownWithdrawal() {
        return UnknownWithdrawal.ERROR;
    }

    @Override
    protected List<String> secretValues() {
        return List.of(); // static mode holds no credential
    }

    @Override
    protected List<FailureCase> failureCases() {
        return List.of(
                FailureCase.content("blank title", ChannelErrorKind.REJECTED_CONTENT, p -> Samples.withTitle(p, "  ")),
                FailureCase.content("body too long", ChannelErrorKind.REJECTED_CONTENT,
                        p -> Samples.withBody(p, "长".repeat(200_001))),
                FailureCase.remote("output path is a file", ChannelErrorKind.CONFIGURATION,
                        () -> Files.writeString(dir.resolve("site"), "not a directory")));
    }
}
