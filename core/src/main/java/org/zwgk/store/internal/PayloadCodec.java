package org.zwgk.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zwgk.publish.OutboxAction;
import org.zwgk.spi.channel.DisclosureAttribute;
import org.zwgk.spi.channel.LogAnchor;

/**
 * The one codec of {@link OutboxPayload}. Version 3 (since migration V9) adds {@code publicVersion} and
 * {@code anchor}; version 2
 * (V8) wrote {@code "v": 2}; version 1 — the payloads queued before, written key by key without a version — is still
 * read: same keys, {@code validity} absent before V4 (then every item was published as 有效). Versions 1 and 2 never
 * carried a public version.
 */
public final class PayloadCodec {

    public static final int CURRENT = 3;

    private static final ObjectMapper JSON = new ObjectMapper();

    private PayloadCodec() {
    }

    /** A payload that cannot be read: malformed, missing a field, or written by a newer zwgk. */
    public static final class UnreadablePayload extends Exception {
        UnreadablePayload(String message) {
            super(message);
        }
    }

    public static String encode(OutboxPayload payload) {
        ObjectNode n = JSON.createObjectNode();
        n.put("v", CURRENT);
        if (payload instanceof OutboxPayload.Publish p) {
            n.put("title", p.title());
            n.put("body", p.body());
            n.put("publisher", p.publisher());
            n.put("documentNumber", p.documentNumber());
            n.put("formedOn", p.formedOn().toString());
            n.put("publishedAt", p.publishedAt().toString());
            n.put("indexNumber", p.indexNumber());
            n.put("attribute", p.attribute().name());
            n.put("validity", p.validity());
            ArrayNode files = n.putArray("attachments");
            for (OutboxPayload.FileRef f : p.attachments()) {
                files.addObject().put("position", f.position()).put("fileName", f.fileName())
                        .put("mediaType", f.mediaType()).put("size", f.size()).put("sha256", f.sha256());
            }
            n.put("publicVersion", p.publicVersion());
            if (p.anchor() != null) {
                n.putObject("anchor").put("position", p.anchor().position()).put("hash", p.anchor().hash());
            }
            ObjectNode cat = n.putObject("catalogue");
            new java.util.TreeMap<>(p.catalogue()).forEach(cat::put);
        } else if (payload instanceof OutboxPayload.Withdraw w) {
            n.put("title", w.title());
            n.put("indexNumber", w.indexNumber());
            n.put("reason", w.reason());
            n.put("withdrawnAt", w.withdrawnAt().toString());
        }
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the payload of an entry of {@code action}. */
    public static OutboxPayload decode(OutboxAction action, String json) throws UnreadablePayload {
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UnreadablePayload("not JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw new UnreadablePayload("not a JSON object");
        }
        int v = n.path("v").asInt(1);
        if (v > CURRENT) {
            throw new UnreadablePayload("payload version " + v + " is newer than this build reads (" + CURRENT
                    + "); upgrade the dispatcher");
        }
        try {
            return action == OutboxAction.PUBLISH ? publish(n) : withdraw(n);
        } catch (RuntimeException e) {
            throw new UnreadablePayload(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static OutboxPayload.Publish publish(JsonNode n) throws UnreadablePayload {
        List<OutboxPayload.FileRef> files = new ArrayList<>();
        for (JsonNode f : n.path("attachments")) {
            files.add(new OutboxPayload.FileRef(f.path("position").asInt(), text(f, "fileName"),
                    text(f, "mediaType"), f.path("size").asLong(), text(f, "sha256")));
        }
        Map<String, String> catalogue = new LinkedHashMap<>();
        n.path("catalogue").properties().forEach(e -> catalogue.put(e.getKey(), e.getValue().asText()));
        return new OutboxPayload.Publish(text(n, "title"), text(n, "body"), text(n, "publisher"),
                n.path("documentNumber").asText(""), LocalDate.parse(text(n, "formedOn")),
                Instant.parse(text(n, "publishedAt")), text(n, "indexNumber"),
                DisclosureAttribute.valueOf(text(n, "attribute")), n.path("validity").asText("有效"), files, catalogue,
                n.path("publicVersion").asBoolean(false), n.has("anchor") ? new LogAnchor(
                n.path("anchor").path("position").asInt(), text(n.path("anchor"), "hash")) : null);
    }

    private static OutboxPayload.Withdraw withdraw(JsonNode n) throws UnreadablePayload {
        return new OutboxPayload.Withdraw(text(n, "title"), n.path("indexNumber").asText(""), text(n, "reason"),
                Instant.parse(text(n, "withdrawnAt")));
    }

    private static String text(JsonNode n, String field) throws UnreadablePayload {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new UnreadablePayload("field " + field + " missing");
        }
        return v.asText();
    }
}
