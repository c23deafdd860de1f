package org.zwgk.screen;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.zwgk.spi.ZwgkException;

/**
 * Publication refused because screening findings are not resolved (ZWGK-3301), or a withdrawal whose public
 * reason holds personal data (ZWGK-3304). The message lists each finding with
 * its code, source, location and masked value — never an unmasked one — in the order found.
 */
public final class ScreeningException extends ZwgkException {

    private static final long serialVersionUID = 1L;
    private static final int LISTED = 20;

    private final transient List<Finding> findings;

    public ScreeningException(String itemId, List<Finding> findings) {
        this(ScreeningErrors.BLOCKED, itemId, findings);
    }

    /** {@code code} takes the item, the count and the list, as {@link ScreeningErrors#BLOCKED} does. */
    public ScreeningException(org.zwgk.spi.ErrorCode code, String itemId, List<Finding> findings) {
        super(code, itemId, findings.size(), list(findings, Locale.CHINA));
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }

    @Override
    public String message(Locale locale) {
        return errorCode().code() + " " + errorCode().message(locale, args().get(0), findings.size(),
                list(findings, locale));
    }

    /** One line per finding ({@code ZWGK-3320 正文 第 38 字：公民身份号码 350524********1234}), at most 20 then a count. */
    static String list(List<Finding> findings, Locale locale) {
        String shown = findings.stream().limit(LISTED).map(f -> f.code().code() + " " + f.message(locale))
                .collect(Collectors.joining("; "));
        int rest = findings.size() - LISTED;
        if (rest > 0) {
            shown += org.zwgk.spi.ErrorCode.isEnglish(locale) ? "; and " + rest + " more"
                    : "；另有 " + rest + " 处";
        }
        return shown;
    }
}
