package org.zwgk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zwgk.channel.ChannelRegistry;
import org.zwgk.spi.channel.ChannelProvider;
import org.zwgk.spi.channel.ConfigKey;

/**
 * IDEs complete and document every {@code zwgk.*} key: the generated metadata has the properties of
 * {@link ZwgkProperties}, and the hand-kept additional metadata has every key of the bundled channels exactly as
 * their providers declare it (name, default, secret). Every key is in the documentation. When a provider gains a
 * key: {@code mvn test -pl spring/zwgk-spring-boot-autoconfigure -Dtest=ConfigurationMetadataTest
 * -Dzwgk.regenerateMetadata=true}, then build again.
 */
class ConfigurationMetadataTest {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static JsonNode metadata() throws IOException {
        try (InputStream in = ConfigurationMetadataTest.class.getClassLoader()
                .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            return JSON.readTree(in);
        }
    }

    static Map<String, JsonNode> properties() throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode p : metadata().path("properties")) {
            out.put(p.path("name").asText(), p);
        }
        return out;
    }

    /** What META-INF/additional-spring-configuration-metadata.json must say about the bundled channels. */
    static ObjectNode expectedChannelMetadata() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode groups = root.putArray("groups");
        ArrayNode props = root.putArray("properties");
        for (Map.Entry<String, ChannelProvider> e : ChannelRegistry.discovering().providers().entrySet()) {
            String prefix = "zwgk.channel." + e.getKey();
            groups.addObject().put("name", prefix).put("description", "Channel " + e.getKey()
                    + " (docs/channels.md); keys as in the channel file.");
            props.addObject().put("name", prefix + ".enabled").put("type", "java.lang.Boolean")
                    .put("description", "Whether channel " + e.getKey() + " is on; required once any of its keys "
                            + "is set.");
            for (ConfigKey k : e.getValue().configKeys()) {
                ObjectNode p = props.addObject().put("name", prefix + "." + k.name()).put("type", "java.lang.String")
                        .put("description", k.description() + (k.secret() ? "; secret, never printed" : "")
                                + (k.required() ? "; required when the channel is on" : ""));
                if (k.defaultValue() != null) {
                    p.put("defaultValue", k.defaultValue());
                }
            }
        }
        props.addObject().put("name", "management.health.zwgk.enabled").put("type", "java.lang.Boolean")
                .put("description", "Whether to enable the zwgk health component.").put("defaultValue", true);
        return root;
    }

    @Test
    void everyChannelKeyOfTheBundledProvidersIsInTheMetadata() throws IOException {
        Path additional = Path.of("src/main/resources/META-INF/additional-spring-configuration-metadata.json");
        String expected = JSON.writeValueAsString(expectedChannelMetadata()) + "\n";
        if (Boolean.getBoolean("zwgk.regenerateMetadata")) { // mvn test -Dzwgk.regenerateMetadata=true, then again
            Files.writeString(additional, expected, StandardCharsets.UTF_8);
        }
        if (Files.isRegularFile(additional)) { // run from the auto-configuration module itself
            assertThat(Files.readString(additional, StandardCharsets.UTF_8))
                    .as("regenerate %s from ConfigurationMetadataTest.expectedChannelMetadata()", additional)
                    .isEqualTo(expected);
        }
        Map<String, JsonNode> props = properties();
        for (JsonNode p : expectedChannelMetadata().path("properties")) {
            assertThat(props).as("metadata in the jar").containsKey(p.path("name").asText());
            assertThat(props.get(p.path("name").asText())).isEqualTo(p);
        }
    }

    @Test
    void everySettingIsDocumented() throws IOException {
        String spring = Files.readString(doc("docs/spring.md"), StandardCharsets.UTF_8);
        for (String name : properties().keySet()) {
            if (!name.startsWith("zwgk.channel.")) {
                assertThat(spring).as("docs/spring.md documents %s", name).contains("`" + name + "`");
            }
        }
        assertThat(properties()).containsKeys("zwgk.catalogue", "zwgk.dispatch.enabled", "zwgk.dispatch.threads",
                "zwgk.dispatch.lease-seconds", "zwgk.calendar.data", "zwgk.health.due-soon-days");
    }

    static Path doc(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve(relative))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("%s above the working directory", relative).isNotNull();
        return dir.resolve(relative);
    }
}
