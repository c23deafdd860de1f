package org.zwgk.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Catalogue} in the file format (YAML or JSON, UTF-8 text), e.g. for tools converting Word/Excel
 * catalogues. Labels are written in their standard spelling; time limits are written as the file had them (a
 * {@code 同上} stays {@code 同上}). Reading the output back gives an equal catalogue.
 */
public final class CatalogueWriter {

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    // Every string is quoted: values such as "350524", "2020.1", "yes" or "null" must stay text.
    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    public String toYaml(Catalogue catalogue) {
        return write(yaml, catalogue);
    }

    public String toJson(Catalogue catalogue) {
        return write(json, catalogue) + "\n";
    }

    private static String write(ObjectMapper mapper, Catalogue c) {
        try {
            return mapper.writeValueAsString(tree(c));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> tree(Catalogue c) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("zwgk", c.formatVersion());
        CatalogueMetadata m = c.metadata();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("id", m.id());
        meta.put("title", m.title());
        meta.put("issuer", m.issuer());
        meta.put("level", m.level().label());
        if (m.region() != null) {
            meta.put("region", m.region());
        }
        meta.put("version", m.version());
        meta.put("effective", m.effective().toString());
        if (!m.guidelines().isEmpty()) {
            meta.put("guidelines", m.guidelines());
        }
        root.put("catalogue", meta);
        List<Object> domains = new ArrayList<>();
        for (Domain d : c.domains()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("code", d.code());
            dm.put("name", d.name());
            List<Object> items = new ArrayList<>();
            for (Item i : d.items()) {
                items.add(item(i));
            }
            dm.put("items", items);
            domains.add(dm);
        }
        root.put("domains", domains);
        return root;
    }

    private static Map<String, Object> item(Item i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("path", i.path());
        m.put("content", i.content());
        if (!i.elements().isEmpty()) {
            List<Object> els = new ArrayList<>();
            for (ContentElement e : i.elements()) {
                Map<String, Object> em = new LinkedHashMap<>();
                em.put("name", e.name());
                em.put("required", e.required());
                els.add(em);
            }
            m.put("elements", els);
        }
        m.put("basis", i.basis());
        m.put("timeLimit", i.timeLimit().phrase());
        m.put("subject", i.subject());
        m.put("channels", i.channels().stream().map(Channel::label).toList());
        m.put("audience", i.audience().label());
        m.put("method", i.method().label());
        m.put("levels", i.levels().stream().map(Level::label).toList());
        if (i.stage() != null) {
            m.put("stage", i.stage().label());
        }
        return m;
    }
}
