package org.zwgk.classify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese citations of articles of the 2019 Regulations on Open Government Information, as officials write them in
 * replies and notices: {@code 16 ¶2} → 条例第十六条第二款, {@code 36(3)} → 条例第三十六条第（三）项.
 */
public final class LegalCitation {

    private static final Pattern ARTICLE = Pattern.compile("(\\d{1,3})(?: ¶(\\d{1,2}))?(?:\\((\\d{1,2})\\))?");
    private static final String DIGITS = "零一二三四五六七八九";

    private LegalCitation() {
    }

    /**
     * The citation of an article code as used by {@link ExemptionGround#article()} and the application outcomes;
     * codes that name no article (such as {@code —}) are returned unchanged, never invented.
     */
    public static String zh(String article) {
        Matcher m = ARTICLE.matcher(article.strip());
        if (!m.matches()) {
            return article;
        }
        StringBuilder s = new StringBuilder("条例第").append(number(Integer.parseInt(m.group(1)))).append('条');
        if (m.group(2) != null) {
            s.append('第').append(number(Integer.parseInt(m.group(2)))).append('款');
        }
        if (m.group(3) != null) {
            s.append("第（").append(number(Integer.parseInt(m.group(3)))).append("）项");
        }
        return s.toString();
    }

    /** 1..999 in Chinese numerals as legal texts write them (十六, 三十六, 一百零二). */
    static String number(int n) {
        if (n < 1 || n > 999) {
            throw new IllegalArgumentException("article number out of range: " + n);
        }
        StringBuilder s = new StringBuilder();
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int ones = n % 10;
        if (hundreds > 0) {
            s.append(DIGITS.charAt(hundreds)).append('百');
            if (tens == 0 && ones > 0) {
                s.append('零');
            }
        }
        if (tens > 0) {
            if (tens > 1 || hundreds > 0) {
                s.append(DIGITS.charAt(tens));
            }
            s.append('十');
        }
        if (ones > 0) {
            s.append(DIGITS.charAt(ones));
        }
        return s.toString();
    }
}
