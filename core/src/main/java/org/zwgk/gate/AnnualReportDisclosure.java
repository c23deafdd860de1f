package org.zwgk.gate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.zwgk.report.AnnualReport;
import org.zwgk.report.ReportErrors;
import org.zwgk.report.ReportHtml;
import org.zwgk.report.ReportJson;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.channel.Attachment;

/**
 * An issued annual report (Arts. 49–50) as a piece of information to publish through the gate like any other: it is
 * registered, classified (主动公开), reviewed and published by the host, goes through the outbox to every channel,
 * and is filed under 政府信息公开年报 ({@link DisclosureColumn#ANNUAL_REPORT}). Its attachments are the report's page in
 * the official layout ({@link ReportHtml}) and its JSON document ({@link ReportJson}), so the website can show the
 * page and supervisors' systems can read the figures.
 *
 * <pre>{@code
 * AnnualReports.issue(report, locks, issuedOn);                       // the period lock (by 31 January)
 * gate.register(AnnualReportDisclosure.of(report, "annual-report-2025", "01432281X", issuedOn,
 *         List.of("website", "archive"), stepId));
 * gate.classify(id, Classification.proactive(…)); gate.review(id, …); gate.publish(id, signer);
 * }</pre>
 *
 * <p>HTML is not an attachment type the gate otherwise accepts (a host's HTML would run on the government's domain).
 * Only these two files are allowed, and only when the page is exactly what zwgk renders from the JSON beside it;
 * anything else is refused at registration with ZWGK-6140.
 */
public final class AnnualReportDisclosure {

    public static final String HTML = "text/html";
    public static final String JSON = "application/json";

    private AnnualReportDisclosure() {
    }

    /** {@code annual-report-2025.html}. */
    public static String pageName(int year) {
        return "annual-report-" + year + ".html";
    }

    /** {@code annual-report-2025.json}. */
    public static String jsonName(int year) {
        return "annual-report-" + year + ".json";
    }

    /**
     * The report as a disclosure: title {@link AnnualReport#title()}, publisher the reporting body, formed on the day
     * it was issued, filed under 政府信息公开年报, the page and the JSON attached.
     *
     * @param itemId   the host's id for it (e.g. {@code annual-report-2025})
     * @param bodyCode the organisation code its 索引号 is issued under
     * @param channels where it goes (the website at least, Art. 23; the archive, Art. 25)
     */
    public static Disclosure of(AnnualReport report, String itemId, String bodyCode, LocalDate issuedOn,
                                List<String> channels, String stepId) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(issuedOn, "issuedOn");
        String json = ReportJson.write(report);
        String html = ReportHtml.render(report);
        String text = "根据《中华人民共和国政府信息公开条例》第四十九条、第五十条，" + report.body() + "编制了"
                + report.year() + "年政府信息公开工作年度报告（" + AnnualReport.FORMAT + "格式），统计期限为"
                + report.year() + "年1月1日至12月31日。报告全文见附件："
                + pageName(report.year()) + "（网页）和 " + jsonName(report.year()) + "（数据）。";
        return new Disclosure(itemId, bodyCode, null, report.title(), text, report.body(), "", issuedOn, false,
                channels, stepId, null, Validity.VALID,
                List.of(new Attachment(pageName(report.year()), HTML, html.getBytes(StandardCharsets.UTF_8)),
                        new Attachment(jsonName(report.year()), JSON, json.getBytes(StandardCharsets.UTF_8))),
                null, DisclosureColumn.ANNUAL_REPORT);
    }

    /**
     * Checks the attachments of an annual-report disclosure and returns them checked like any attachment (limits,
     * names), with HTML and JSON allowed for them alone.
     */
    static List<AttachmentRules.Checked> check(Disclosure d, AttachmentPolicy policy) {
        List<Attachment> files = d.attachments();
        Attachment page = files.stream().filter(a -> HTML.equals(AttachmentRules.mediaType(a.mediaType())))
                .findFirst().orElse(null);
        Attachment data = files.stream().filter(a -> JSON.equals(AttachmentRules.mediaType(a.mediaType())))
                .findFirst().orElse(null);
        if (files.size() != 2 || page == null || data == null) {
            throw refused(d, "附件应为报告网页（text/html）和报告数据（application/json）各一个",
                    "the attachments must be the report page (text/html) and its data (application/json), one each");
        }
        AnnualReport report;
        try {
            report = ReportJson.read(new String(data.content(), StandardCharsets.UTF_8));
        } catch (ZwgkException e) {
            throw refused(d, "报告数据不是有效的年度报告（" + e.getMessage() + "）",
                    "the data is not a valid annual report (" + e.getMessage() + ")");
        }
        if (!Arrays.equals(page.content(), ReportHtml.render(report).getBytes(StandardCharsets.UTF_8))) {
            throw refused(d, "报告网页不是由报告数据生成的页面（ReportHtml.render）",
                    "the page is not the one rendered from the data (ReportHtml.render)");
        }
        if (!d.title().equals(report.title())) {
            throw refused(d, "名称应为 " + report.title(), "the title must be " + report.title());
        }
        return AttachmentRules.check(d.itemId(), files, policy.withMediaTypes(
                java.util.Set.of(HTML, JSON)));
    }

    private static GateException refused(Disclosure d, String zh, String en) {
        return new GateException(ReportErrors.PUBLICATION_REFUSED, d.itemId(), zh, en);
    }
}
