package org.zwgk.flowable;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every zwgk.flowable.* key of the generated configuration metadata is documented in docs/flowable.md. */
class FlowableSettingsDocumentedTest {

    @Test
    void everySettingIsInTheDocs() throws Exception {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(dir.resolve("docs/flowable.md"))) {
            dir = dir.getParent();
        }
        String doc = Files.readString(dir.resolve("docs/flowable.md"), StandardCharsets.UTF_8);
        int found = 0;
        var files = getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json");
        while (files.hasMoreElements()) {
            try (InputStream in = files.nextElement().openStream()) {
                for (JsonNode p : new ObjectMapper().readTree(in).path("properties")) {
                    String name = p.path("name").asText();
                    if (name.startsWith("zwgk.flowable.")) {
                        assertThat(doc).as("docs/flowable.md documents %s", name).contains("`" + name + "`");
                        found++;
                    }
                }
            }
        }
        assertThat(found).isEqualTo(2);
    }
}
