package org.zwgk.check;

import java.util.Locale;
import org.zwgk.spi.ErrorCode;

/**
 * How assessors weigh a finding (国办秘函〔2019〕19号 and the provincial self-check tables, reference §15), worst
 * first: a {@link #VETO} alone fails the whole assessment (单项否决), a {@link #DEDUCTION} costs points (扣分), a
 * {@link #NOTICE} is something to look at before they come (提示).
 */
public enum Severity {
    VETO("单项否决", "veto"),
    DEDUCTION("扣分", "deduction"),
    NOTICE("提示", "notice");

    private final String zh;
    private final String en;

    Severity(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The name in the reader's language. */
    public String label(Locale locale) {
        return ErrorCode.isEnglish(locale) ? en : zh;
    }

    /** Whether this is as bad as {@code other} or worse ({@code VETO} is at least {@code DEDUCTION}). */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
