package org.zwgk.report;

import java.time.LocalDate;
import java.util.Objects;
import org.zwgk.spi.ZwgkException;

/**
 * A body's annual report on government information disclosure (OGI Arts. 49–50) in the format of
 * 国办公开办函〔2021〕30号. Sections 二–四 are figures; sections 一, 五, 六 are narrative written by people (empty
 * strings until they are).
 *
 * @param format                   always {@link #FORMAT}
 * @param body                     the reporting organ
 * @param year                     the calendar year covered (1 Jan–31 Dec)
 * @param generatedOn              the day the figures were computed
 * @param overview                 一、总体情况
 * @param proactiveDisclosure      二、主动公开政府信息情况
 * @param applications             三、收到和处理政府信息公开申请情况
 * @param reviewAndLitigation      四、政府信息公开行政复议、行政诉讼情况
 * @param problemsAndImprovements  五、存在的主要问题及改进情况
 * @param otherMatters             六、其他需要报告的事项
 */
public record AnnualReport(String format, String body, int year, LocalDate generatedOn, String overview,
                           ProactiveDisclosureFigures proactiveDisclosure, ApplicationFigures applications,
                           ReviewLitigationFigures reviewAndLitigation, String problemsAndImprovements,
                           String otherMatters) {

    public static final String FORMAT = "国办公开办函〔2021〕30号";

    public AnnualReport {
        if (!FORMAT.equals(format)) {
            throw new ZwgkException(ReportErrors.INVALID_JSON, "/format", "应为 " + FORMAT, "must be " + FORMAT);
        }
        if (body == null || body.isBlank()) {
            throw new ZwgkException(ReportErrors.INVALID_JSON, "/body", "不能为空", "must not be blank");
        }
        if (year < 2008 || year > 9999) {
            throw new ZwgkException(ReportErrors.INVALID_JSON, "/year", year + " 不在 2008–9999 之间",
                    year + " is outside 2008–9999");
        }
        Objects.requireNonNull(generatedOn, "generatedOn");
        overview = overview == null ? "" : overview;
        Objects.requireNonNull(proactiveDisclosure, "proactiveDisclosure");
        Objects.requireNonNull(applications, "applications");
        Objects.requireNonNull(reviewAndLitigation, "reviewAndLitigation");
        problemsAndImprovements = problemsAndImprovements == null ? "" : problemsAndImprovements;
        otherMatters = otherMatters == null ? "" : otherMatters;
    }

    /** The report's title, e.g. {@code 某县人民政府2024年政府信息公开工作年度报告}. */
    public String title() {
        return body + year + "年政府信息公开工作年度报告";
    }

    /** A copy with the narrative sections written. */
    public AnnualReport withNarrative(String overview, String problemsAndImprovements, String otherMatters) {
        return new AnnualReport(format, body, year, generatedOn, overview, proactiveDisclosure, applications,
                reviewAndLitigation, problemsAndImprovements, otherMatters);
    }
}
