package org.zwgk.screen;

import java.util.Locale;
import org.zwgk.spi.ErrorCode;

/** What a {@link Finding} is: a kind of personal data, a sensitive word, or a file that could not be read. */
public enum Detector {
    /** 公民身份号码: 18 characters with the GB 11643 check character and a real birth date, or the old 15 digits. */
    ID_NUMBER("公民身份号码", "resident identity number"),
    /** 手机号码: 11 digits, 1[3-9]…, also written 138 0013 8000, 138-0013-8000 or with +86. */
    MOBILE("手机号码", "mobile number"),
    /** 银行卡号: 16–19 digits with a valid Luhn check digit and an issuer prefix in use. */
    BANK_CARD("银行卡号", "bank card number"),
    /** A word from the host's list of sensitive words. */
    SENSITIVE_WORD("敏感词", "sensitive word"),
    /** A file, or a part of one, that could not be read: it was not screened, so it blocks like a finding. */
    UNREADABLE("无法读取", "unreadable");

    private final String zh;
    private final String en;

    Detector(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The name in the given language (Chinese unless {@code en}). */
    public String label(Locale locale) {
        return ErrorCode.isEnglish(locale) ? en : zh;
    }
}
