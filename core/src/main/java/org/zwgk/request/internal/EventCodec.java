package org.zwgk.request.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zwgk.request.ApplicationEvent;
import org.zwgk.request.ApplicationEvent.Archived;
import org.zwgk.request.ApplicationEvent.ConsultationEnded;
import org.zwgk.request.ApplicationEvent.ConsultationStarted;
import org.zwgk.request.ApplicationEvent.Decided;
import org.zwgk.request.ApplicationEvent.Delivered;
import org.zwgk.request.ApplicationEvent.Extended;
import org.zwgk.request.ApplicationEvent.HandlingStarted;
import org.zwgk.request.ApplicationEvent.ReviewStarted;
import org.zwgk.request.ApplicationEvent.SupplementReceived;
import org.zwgk.request.ApplicationEvent.SupplementRequested;
import org.zwgk.request.ConsultationParty;
import org.zwgk.classify.Redaction;
import org.zwgk.classify.RedactionCategory;
import org.zwgk.request.Decision;
import org.zwgk.request.ReleasedVersion;
import org.zwgk.request.DeliveryMethod;
import org.zwgk.classify.ExemptionGround;
import org.zwgk.request.NotProcessedReason;
import org.zwgk.request.OutcomeCode;
import org.zwgk.request.ReplyType;

/** Stores an event's fields (other than kind and date) as a small JSON object; explicit, so renames are visible. */
public final class EventCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventCodec() {
    }

    public static String payload(ApplicationEvent e) {
        ObjectNode o = JSON.createObjectNode();
        if (e instanceof SupplementRequested r) {
            o.put("supplyBy", r.supplyBy().toString());
        } else if (e instanceof ConsultationStarted r) {
            o.put("party", r.party().name());
        } else if (e instanceof ConsultationEnded r) {
            o.put("party", r.party().name());
        } else if (e instanceof Extended r) {
            o.put("workingDays", r.workingDays()).put("approver", r.approver()).put("reason", r.reason());
        } else if (e instanceof Decided r) {
            Decision d = r.decision();
            o.put("code", d.code().name()).put("reason", d.reason()).put("competentOrgan", d.competentOrgan());
            ArrayNode g = o.putArray("grounds");
            d.grounds().forEach(x -> g.add(x.name()));
            if (d.released() != null) {
                ObjectNode rel = o.putObject("released");
                rel.put("title", d.released().title()).put("textSha256", d.released().textSha256());
                ArrayNode files = rel.putArray("files");
                d.released().files().forEach(files::add);
                ArrayNode red = rel.putArray("redactions");
                for (Redaction x : d.released().redactions()) {
                    ObjectNode n = red.addObject().put("removed", x.removed()).put("ground", x.ground().name())
                            .put("reason", x.reason());
                    if (x.category() != null) {
                        n.put("category", x.category().name());
                    }
                    if (x.where() != null) {
                        n.put("where", x.where());
                    }
                }
            }
        } else if (e instanceof Delivered r) {
            o.put("method", r.method().name());
        } else if (e instanceof Archived r) {
            o.put("archiveReference", r.archiveReference());
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static ApplicationEvent event(String kind, LocalDate on, String payload) throws JsonProcessingException {
        JsonNode o = JSON.readTree(payload);
        return switch (kind) {
            case "ReviewStarted" -> new ReviewStarted(on);
            case "SupplementRequested" -> new SupplementRequested(on, LocalDate.parse(o.get("supplyBy").asText()));
            case "SupplementReceived" -> new SupplementReceived(on);
            case "HandlingStarted" -> new HandlingStarted(on);
            case "ConsultationStarted" -> new ConsultationStarted(on, ConsultationParty.valueOf(o.get("party").asText()));
            case "ConsultationEnded" -> new ConsultationEnded(on, ConsultationParty.valueOf(o.get("party").asText()));
            case "Extended" -> new Extended(on, o.get("workingDays").asInt(), o.get("approver").asText(),
                    o.get("reason").asText());
            case "Decided" -> {
                List<ExemptionGround> grounds = new ArrayList<>();
                o.get("grounds").forEach(g -> grounds.add(ExemptionGround.valueOf(g.asText())));
                yield new Decided(on, new Decision(outcome(o.get("code").asText()), grounds,
                        o.get("reason").asText(), o.get("competentOrgan").asText(), released(o.get("released"))));
            }
            case "Delivered" -> new Delivered(on, DeliveryMethod.valueOf(o.get("method").asText()));
            case "Archived" -> new Archived(on, o.get("archiveReference").asText());
            default -> throw new IllegalArgumentException("unknown event kind " + kind);
        };
    }

    private static ReleasedVersion released(JsonNode r) {
        if (r == null || r.isNull()) {
            return null;
        }
        List<String> files = new ArrayList<>();
        r.path("files").forEach(f -> files.add(f.asText()));
        List<Redaction> redactions = new ArrayList<>();
        for (JsonNode x : r.path("redactions")) {
            redactions.add(new Redaction(x.get("removed").asText(), ExemptionGround.valueOf(x.get("ground").asText()),
                    x.get("reason").asText(), x.hasNonNull("category")
                    ? RedactionCategory.valueOf(x.get("category").asText()) : null,
                    x.hasNonNull("where") ? x.get("where").asText() : null));
        }
        return new ReleasedVersion(r.get("title").asText(), r.get("textSha256").asText(), files, redactions);
    }

    static OutcomeCode outcome(String name) {
        for (ReplyType t : ReplyType.values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return NotProcessedReason.valueOf(name);
    }
}
