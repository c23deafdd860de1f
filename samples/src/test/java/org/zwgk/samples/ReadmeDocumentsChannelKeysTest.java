package org.zwgk.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.zwgk.spi.channel.ChannelProvider;
import org.zwgk.spi.channel.ConfigKey;

/**
 * Issue 5 asks for every channel key in the README: the key list there must name every key each of our providers
 * declares, with its default, so the README cannot fall behind the code.
 */
class ReadmeDocumentsChannelKeysTest {

    @Test
    void everyKeyOfEveryBundledChannelIsInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Configuration"),
                readme.indexOf("\n## ", readme.indexOf("## Configuration") + 5));
        List<ChannelProvider> providers = ServiceLoader.load(ChannelProvider.class).stream()
                .map(ServiceLoader.Provider::get).collect(Collectors.toList());
        assertThat(providers).extracting(ChannelProvider::id).contains("website", "wechat", "archive");
        for (ChannelProvider p : providers) {
            String line = section.substring(section.indexOf("- `" + p.id() + "`:"));
            line = line.substring(0, line.indexOf("\n- ") > 0 ? line.indexOf("\n- ") : line.indexOf("\n\n"));
            for (ConfigKey k : p.configKeys()) {
                String expected = "`" + k.name() + "`" + (k.defaultValue() == null || k.defaultValue().isEmpty() ? ""
                        : " = `" + k.defaultValue() + "`");
                assertThat(line).as("README key list of %s", p.id()).contains(expected);
                if (k.secret()) {
                    assertThat(line).as("secret marked").contains("`" + k.name() + "` (secret)");
                }
            }
        }
    }
}
