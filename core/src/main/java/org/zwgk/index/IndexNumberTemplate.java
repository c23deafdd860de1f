package org.zwgk.index;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.StoreException;

/**
 * A template for 索引号 (reference §8): placeholders {@code {code}}, {@code {yyyy}} or {@code {yyyymm}}, and
 * {@code {serial:N}}. The period of the serial counter is the year or the month the template names.
 *
 * @param pattern    e.g. {@code {code}/{yyyy}-{serial:5}}
 * @param codeLength 9 (organisation code), 18 (unified social credit code) or 0 (any, e.g. {@code 0142768-8})
 */
public record IndexNumberTemplate(String pattern, int codeLength) {

    private static final Pattern SERIAL = Pattern.compile("\\{serial:(\\d)}");
    private static final Pattern ORG_CODE = Pattern.compile("[0-9A-Z]{8}[0-9X]");
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");

    /** 《政府信息公开目录系统实施指引(试行)》: 9-char organisation code + {@code /YYYY-NNNNN}. */
    public static final IndexNumberTemplate DEFAULT = new IndexNumberTemplate("{code}/{yyyy}-{serial:5}", 9);
    /** 18-char unified social credit code + {@code /YYYY-NNNNN}, e.g. {@code 113708280043326001/2024-02411}. */
    public static final IndexNumberTemplate CREDIT_CODE_YEAR = new IndexNumberTemplate("{code}/{yyyy}-{serial:5}", 18);
    /** Monthly serials, e.g. {@code 003111216/201012-00015}. */
    public static final IndexNumberTemplate ORG_CODE_MONTH = new IndexNumberTemplate("{code}/{yyyymm}-{serial:5}", 9);

    public IndexNumberTemplate {
        Objects.requireNonNull(pattern, "pattern");
        if (!pattern.contains("{code}") || !SERIAL.matcher(pattern).find()
                || !(pattern.contains("{yyyy}") || pattern.contains("{yyyymm}"))) {
            throw new StoreException(StoreErrors.INDEX_BAD_TEMPLATE, pattern);
        }
        if (codeLength != 0 && codeLength != 9 && codeLength != 18) {
            throw new StoreException(StoreErrors.INDEX_BAD_TEMPLATE, pattern + " codeLength=" + codeLength);
        }
    }

    public int serialDigits() {
        Matcher m = SERIAL.matcher(pattern);
        m.find();
        return Integer.parseInt(m.group(1));
    }

    /** The counter period of a date: {@code 2024} or {@code 202410}. */
    public String period(LocalDate date) {
        return pattern.contains("{yyyymm}") ? String.format("%04d%02d", date.getYear(), date.getMonthValue())
                : String.format("%04d", date.getYear());
    }

    /** Checks the body code against the template; throws ZWGK-4020 with what is wrong. */
    public void checkCode(String code) {
        if (code == null || code.isBlank()) {
            throw new StoreException(StoreErrors.INDEX_BAD_CODE, code, pattern, "empty");
        }
        if (codeLength == 9 && !ORG_CODE.matcher(code).matches()) {
            throw new StoreException(StoreErrors.INDEX_BAD_CODE, code, pattern, "需要 9 位组织机构代码 / 9-char organisation code");
        }
        if (codeLength == 18 && !CREDIT_CODE.matcher(code).matches()) {
            throw new StoreException(StoreErrors.INDEX_BAD_CODE, code, pattern, "需要 18 位统一社会信用代码 / 18-char credit code");
        }
        if (codeLength == 0 && !code.matches("[0-9A-Za-z_-]{1,32}")) {
            throw new StoreException(StoreErrors.INDEX_BAD_CODE, code, pattern, "letters, digits, - and _ only");
        }
    }

    /** Formats one number. */
    public String format(String code, LocalDate date, int serial) {
        int digits = serialDigits();
        if (serial >= Math.pow(10, digits)) {
            throw new StoreException(StoreErrors.INDEX_SERIAL_EXHAUSTED, code, period(date), (int) Math.pow(10, digits) - 1);
        }
        return pattern.replace("{code}", code)
                .replace("{yyyymm}", String.format("%04d%02d", date.getYear(), date.getMonthValue()))
                .replace("{yyyy}", String.format("%04d", date.getYear()))
                .replaceAll("\\{serial:\\d}", String.format("%0" + digits + "d", serial));
    }
}
