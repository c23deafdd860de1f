package org.zwgk.adapter.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.channel.DisclosureAttribute;
import org.zwgk.spi.channel.Publication;
import org.zwgk.spi.channel.Withdrawal;

/** Realistic sample publications (a township's social-assistance notice, seed 000 style). */
public final class Samples {

    /** A tiny valid PNG (1×1, red), usable as an image attachment or cover. */
    public static final byte[] PNG_1X1 = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    private Samples() {
    }

    /** A proactive publication of item {@code itemId}, version 1, with one PDF-like attachment. */
    public static Publication publication(String itemId) {
        return publication(itemId, 1);
    }

    public static Publication publication(String itemId, int version) {
        return publication(itemId, version, 0);
    }

    /**
     * Version {@code version} of item {@code itemId} with the dispatcher's {@code sequence} (SPI 1.2; 0 = not given).
     * Each version has its own title (第N季度) and idempotency key, so a test can tell versions apart on the remote.
     */
    public static Publication publication(String itemId, int version, long sequence) {
        String n = String.format("%05d", Math.floorMod(itemId.hashCode(), 100_000));
        return new Publication(
                itemId,
                version,
                "website:" + itemId + ":v" + version,
                "01432281X/2024-" + n,
                "凤城镇2024年第" + version + "季度城乡低保对象名单公示",
                "根据《社会救助暂行办法》，现将本季度城乡最低生活保障对象名单予以公示。\n"
                        + "公示期为7个工作日，如有异议，请向镇民政办反映。\n联系电话：0595-12345678",
                DisclosureAttribute.PROACTIVE,
                "安溪县凤城镇人民政府",
                "凤政〔2024〕" + version + "号",
                LocalDate.of(2024, 3, 28),
                Instant.parse("2024-04-01T02:00:00Z"),
                "有效",
                Map.of(Publication.CATALOGUE_ID, "fengcheng-2024", Publication.CATALOGUE_TITLE, "凤城镇政务公开标准目录",
                        Publication.DOMAIN_CODE, "social-assistance", Publication.DOMAIN_NAME, "社会救助",
                        Publication.ITEM_ID, "sa-01", Publication.PATH, "社会救助 / 低保对象名单", Publication.STAGE, "结果"),
                List.of(new Attachment("名单.txt", "text/plain", "张某某 3人\n李某某 2人\n".getBytes(StandardCharsets.UTF_8))),
                sequence);
    }

    /** The same publication under another idempotency key (e.g. for another channel). */
    public static Publication withKey(Publication p, String key) {
        return new Publication(p.itemId(), p.version(), key, p.indexNumber(), p.title(), p.body(), p.attribute(),
                p.publisher(), p.documentNumber(), p.formedOn(), p.publishedAt(), p.validity(), p.catalogue(),
                p.attachments(), p.sequence());
    }

    public static Publication withTitle(Publication p, String title) {
        return new Publication(p.itemId(), p.version(), p.idempotencyKey(), p.indexNumber(), title, p.body(),
                p.attribute(), p.publisher(), p.documentNumber(), p.formedOn(), p.publishedAt(), p.validity(),
                p.catalogue(), p.attachments(), p.sequence());
    }

    public static Publication withBody(Publication p, String body) {
        return new Publication(p.itemId(), p.version(), p.idempotencyKey(), p.indexNumber(), p.title(), body,
                p.attribute(), p.publisher(), p.documentNumber(), p.formedOn(), p.publishedAt(), p.validity(),
                p.catalogue(), p.attachments(), p.sequence());
    }

    public static Publication withAttachments(Publication p, List<Attachment> attachments) {
        return new Publication(p.itemId(), p.version(), p.idempotencyKey(), p.indexNumber(), p.title(), p.body(),
                p.attribute(), p.publisher(), p.documentNumber(), p.formedOn(), p.publishedAt(), p.validity(),
                p.catalogue(), attachments, p.sequence());
    }

    /** A withdrawal (废止) of {@code p}, without version and sequence (an SPI 1.1 caller). */
    public static Withdrawal withdrawal(Publication p) {
        return new Withdrawal(p.itemId(), p.indexNumber(), p.title(), "该文件已被新文件替代，予以废止。",
                "withdraw:" + p.idempotencyKey(), p.publishedAt().plusSeconds(86_400));
    }

    /**
     * A withdrawal of {@code p}'s item when the item's newest version is {@code version}, with the dispatcher's
     * {@code sequence} (SPI 1.2). Its key depends on the item only: an item is withdrawn once.
     */
    public static Withdrawal withdrawal(Publication p, int version, long sequence) {
        return new Withdrawal(p.itemId(), p.indexNumber(), p.title(), "该文件已被新文件替代，予以废止。",
                "withdraw:" + p.idempotencyKey().replaceFirst(":v\\d+$", ""), p.publishedAt().plusSeconds(86_400),
                version, sequence);
    }
}
