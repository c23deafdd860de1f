package org.zwgk.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;

/**
 * The report as JSON for other systems (a province's platform, a dashboard), both languages side by side. Field
 * names are stable; the JSON Schema is {@code schemas/check-report.schema.json}
 * ({@code https://zwgk.org/schemas/check-report.schema.json}, in the zwgk-schemas jar).
 */
public final class CheckJson {

    /** The schema's file name in the zwgk-schemas jar. */
    public static final String SCHEMA_FILE = "check-report.schema.json";
    /** The value of {@code format}: the document's kind and version. */
    public static final String FORMAT = "zwgk-check/1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CheckJson() {
    }

    public static String write(CheckReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("asOf", r.asOf().toString());
        root.put("generatedAt", r.generatedAt().toString());
        root.put("zone", r.zone().getId());
        root.put("store", r.store());
        root.put("site", r.site());
        root.put("catalogue", r.catalogue());
        ObjectNode s = root.putObject("settings");
        s.put("staleMonths", r.settings().staleMonths());
        s.put("staleColumnsVeto", r.settings().staleColumnsVeto());
        s.put("blankColumnsVeto", r.settings().blankColumnsVeto());
        s.put("applicationDueSoon", r.settings().applicationDueSoon());
        s.put("channelGrace", r.settings().channelGrace().toString());
        s.put("reportIssuedBy", r.settings().reportIssuedBy().toString());
        s.put("reportPublicBy", r.settings().reportPublicBy().toString());
        s.put("columnChannel", r.settings().columnChannel());
        ObjectNode summary = root.putObject("summary");
        for (Map.Entry<Severity, Integer> e : r.counts().entrySet()) {
            summary.put(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
        }
        summary.put("worst", r.worst().map(Enum::name).orElse(null));
        ArrayNode checked = root.putArray("checked");
        r.checked().forEach(i -> checked.add(i.code().code()));
        ArrayNode skipped = root.putArray("skipped");
        for (CheckReport.Skipped k : r.skipped()) {
            ObjectNode o = skipped.addObject();
            o.put("id", k.indicator().code().code());
            o.put("indicator", k.indicator().name());
            text(o.putObject("reason"), k.reason().zh(), k.reason().en());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode o = findings.addObject();
            o.put("id", f.id());
            o.put("indicator", f.indicator().name());
            o.put("severity", f.severity().name());
            if (f.column() == null) {
                o.putNull("column");
            } else {
                ObjectNode c = o.putObject("column");
                c.put("id", f.column().id());
                c.put("name", f.column().name());
                c.put("domain", f.column().domain());
            }
            text(o.putObject("message"), f.message(Locale.CHINA), f.message(Locale.ENGLISH));
            text(o.putObject("hint"), f.hint(Locale.CHINA), f.hint(Locale.ENGLISH));
            text(o.putObject("rule"), f.indicator().rule(Locale.CHINA), f.indicator().rule(Locale.ENGLISH));
            text(o.putObject("source"), f.indicator().source(Locale.CHINA), f.indicator().source(Locale.ENGLISH));
            evidence(o.putObject("evidence"), f.evidence());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the check report", e);
        }
    }

    private static void text(ObjectNode o, String zh, String en) {
        o.put("zh", zh);
        o.put("en", en);
    }

    /** Only the facts that apply. */
    private static void evidence(ObjectNode o, Evidence e) {
        put(o, "itemId", e.itemId());
        put(o, "title", e.title());
        put(o, "indexNumber", e.indexNumber());
        put(o, "channel", e.channel());
        put(o, "page", e.page());
        put(o, "target", e.target());
        put(o, "due", e.due());
        put(o, "date", e.date());
        put(o, "period", e.period());
        put(o, "at", e.at());
        put(o, "value", e.value());
        o.put("count", e.count());
    }

    private static void put(ObjectNode o, String name, Object v) {
        if (v != null) {
            o.put(name, v.toString());
        }
    }
}
