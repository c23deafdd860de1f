package org.zwgk.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.zwgk.screen.Detector;
import org.zwgk.screen.Masking;

/**
 * Seeded generators of personal data as Chinese documents write it, and of the look-alikes the screening must leave
 * alone (credit codes, mistyped identity numbers, document and index numbers, dates, amounts, longer digit runs).
 * Shared through the core test-jar with the extractor, CLI and benchmark tests. "Today" is {@link #TODAY}.
 */
public final class PersonalData {

    /** The date the generated birth dates are valid against (the screeners under test use the same). */
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static final int[] PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43,
        44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** Registration authority + kind of organisation, as GB 32100 assigns them. */
    private static final String[] USCC_KINDS = {"11", "12", "13", "19", "21", "29", "31", "32", "33", "34", "35",
        "39", "41", "49", "51", "52", "53", "59", "61", "62", "69", "71", "72", "79", "81", "89", "91", "92", "93",
        "A1", "A9", "N1", "N2", "N3", "N9", "Y1"};
    private static final String[] FILLER = {"根据《中华人民共和国政府信息公开条例》", "现将有关情况公示如下", "姓名", "张三", "李四",
        "王小红", "住址", "福建省泉州市", "安溪县凤城镇", "发放金额", "元", "特此公告", "联系电话", "身份证号", "户主", "家庭人口",
        "最低生活保障", "临时救助", "审核意见", "同意", "备注", "第三条", "第十二条", "共五户", "公示期为七日", "如有异议",
        "请向镇民政办反映", "县人民政府办公室", "二〇二四年十二月", "补贴", "对象", "名单", "社会救助", "乡村振兴", "经审核",
        "符合条件", "予以公示", "监督电话", "开户银行", "农村信用社", "账号", "第3条", "第12页", "共2户"};
    private static final String PUNCT = "，。；、：（）！？\n";
    private static final String[] DOC_PREFIX = {"凤政", "闽政办", "泉政文", "安政综", "国办发", "民发"};

    private PersonalData() {
    }

    /** A value planted in a text: {@code before + written} is inserted; the finding must cover {@code written}. */
    public record Planted(Detector detector, String before, String written, String normalized) {

        /** What the finding's masked value must be. */
        public String masked() {
            return switch (detector) {
                case ID_NUMBER -> Masking.idNumber(normalized);
                case MOBILE -> Masking.mobile(normalized);
                case BANK_CARD -> Masking.bankCard(normalized);
                default -> throw new IllegalStateException(detector.name());
            };
        }
    }

    // ---- valid values ------------------------------------------------------------------------------------------

    public static String id18(Random r) {
        LocalDate birth = TODAY.minusDays(1 + r.nextInt(365 * 100));
        String first17 = PROVINCES[r.nextInt(PROVINCES.length)] + digits(r, 4)
                + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + digits(r, 3);
        return first17 + idCheck(first17);
    }

    public static String id15(Random r) {
        LocalDate birth = LocalDate.of(1920, 1, 1).plusDays(r.nextInt(365 * 79));
        return PROVINCES[r.nextInt(PROVINCES.length)] + digits(r, 4)
                + String.format("%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth())
                + digits(r, 3);
    }

    public static String mobile(Random r) {
        return "1" + (3 + r.nextInt(7)) + digits(r, 9);
    }

    /**
     * A card number as issuers make them: UnionPay 62/60, Visa 4, Mastercard 5, JCB 35, old domestic 9; 16–19
     * digits, Luhn. Left out: 18-digit numbers shaped like an identity number or carrying a credit code's check
     * character — the screening reads those as what they look like (docs/redaction.md, "limits").
     */
    public static String card(Random r) {
        String[] prefixes = {"62", "62", "62", "60", "4", "5", "35", "9"};
        int[] lengths = {16, 16, 19, 19, 17, 18};
        while (true) {
            String p = prefixes[r.nextInt(prefixes.length)];
            int len = lengths[r.nextInt(lengths.length)];
            String body = p + digits(r, len - 1 - p.length());
            String card = body + luhnDigit(body);
            if (len == 18 && (idShaped(card) || usccCheck(card.substring(0, 17)) == card.charAt(17))) {
                continue;
            }
            return card;
        }
    }

    /** A valid 统一社会信用代码 with a realistic structure (often all digits but the last). */
    public static String uscc(Random r) {
        String kind = USCC_KINDS[r.nextInt(USCC_KINDS.length)];
        String admin = PROVINCES[r.nextInt(PROVINCES.length)] + digits(r, 4);
        StringBuilder org = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            org.append(r.nextInt(5) == 0 ? USCC_ALPHABET.charAt(10 + r.nextInt(21)) : (char) ('0' + r.nextInt(10)));
        }
        org.append(orgCheck(org));
        String first17 = kind + admin + org;
        return first17 + usccCheck(first17);
    }

    // ---- look-alikes -------------------------------------------------------------------------------------------

    /** A valid identity number with another check character. */
    public static String idWrongCheck(Random r) {
        String id = id18(r);
        String other = "0123456789X".replace(String.valueOf(id.charAt(17)), "");
        return id.substring(0, 17) + other.charAt(r.nextInt(other.length()));
    }

    /** Identity-shaped, right check character, but a birth date that does not exist or cannot be. */
    public static String idImpossibleDate(Random r) {
        String date = switch (r.nextInt(6)) {
            case 0 -> "1990" + "13" + "01";                                   // month 13
            case 1 -> (1990 + r.nextInt(30)) + "0230";                        // 30 February
            case 2 -> "2023" + "0229";                                        // not a leap year
            case 3 -> "1988" + "04" + "31";                                   // 31 April
            case 4 -> "2027" + String.format("%02d", 1 + r.nextInt(12)) + "15"; // after today
            default -> "18" + String.format("%02d", 10 + r.nextInt(80)) + "0615"; // over 130 years old
        };
        String first17 = PROVINCES[r.nextInt(PROVINCES.length)] + digits(r, 4) + date + digits(r, 3);
        return first17 + idCheck(first17);
    }

    /**
     * A look-alike with the words documents put around it, as it would stand in a text. None may be flagged.
     */
    public static String decoy(Random r) {
        return switch (r.nextInt(16)) {
            case 0 -> "统一社会信用代码：" + uscc(r);
            case 1 -> "（统一社会信用代码" + uscc(r) + "）";
            case 2 -> "信用代码 " + uscc(r);
            case 3 -> "索引号：" + uscc(r) + "/" + (2019 + r.nextInt(8)) + "-" + digits(r, 5);
            case 4 -> "索引号：" + digits(r, 8) + (r.nextBoolean() ? "X" : digits(r, 1)) + "/" + (2019 + r.nextInt(8))
                    + "-" + digits(r, 5);
            case 5 -> DOC_PREFIX[r.nextInt(DOC_PREFIX.length)] + "〔" + (2015 + r.nextInt(12)) + "〕" + (1 + r.nextInt(300))
                    + "号";
            case 6 -> "身份证号码：" + idWrongCheck(r);
            case 7 -> "身份证号码：" + idImpossibleDate(r);
            case 8 -> (2019 + r.nextInt(8)) + "年" + (1 + r.nextInt(12)) + "月" + (1 + r.nextInt(28)) + "日";
            case 9 -> (2019 + r.nextInt(8)) + "-" + String.format("%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28));
            case 10 -> "金额" + mobile(r) + "." + digits(r, 2) + "元";
            case 11 -> "合计" + (1 + r.nextInt(999)) + "," + digits(r, 3) + "," + digits(r, 3) + ".00元";
            case 12 -> "合同编号" + longRunAround(r, mobile(r));
            case 13 -> "编号SN" + mobile(r);
            case 14 -> "办公电话0" + (591 + r.nextInt(300)) + "-" + (2 + r.nextInt(7)) + digits(r, 7);
            default -> "邮编" + (100000 + r.nextInt(800000));
        };
    }

    /** A run of 12, 14, 20 or 21 digits containing {@code inner}: never a phone, card or identity number. */
    private static String longRunAround(Random r, String inner) {
        int[] lengths = {12, 14, 20, 21};
        int len = lengths[r.nextInt(lengths.length)];
        int pad = len - inner.length();
        int before = r.nextInt(pad + 1);
        return digits(r, before) + inner + digits(r, pad - before);
    }

    // ---- planting ----------------------------------------------------------------------------------------------

    /** A valid value of a random kind (4 in 10 identity numbers, 3 mobiles, 3 cards). */
    public static Planted plant(Random r) {
        int k = r.nextInt(10);
        return plant(r, k < 4 ? Detector.ID_NUMBER : k < 7 ? Detector.MOBILE : Detector.BANK_CARD);
    }

    /** A valid value of the given kind in one of the forms documents write it. */
    public static Planted plant(Random r, Detector kind) {
        if (kind == Detector.ID_NUMBER) {
            String id = r.nextInt(8) == 0 ? id15(r) : id18(r);
            String written = id;
            int form = r.nextInt(10);
            if (id.endsWith("X") && form < 5) {
                written = id.substring(0, 17) + "x";
            } else if (form == 5 && id.length() == 18) {
                written = id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            } else if (form == 6 && id.length() == 18) {
                written = id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            } else if (form == 7 && id.length() == 15) {
                written = id.substring(0, 6) + " " + id.substring(6, 12) + " " + id.substring(12);
            } else if (form == 8) {
                written = fullWidth(id);
            }
            return new Planted(Detector.ID_NUMBER, "", written, id);
        }
        if (kind == Detector.MOBILE) {
            String m = mobile(r);
            return switch (r.nextInt(8)) {
                case 0 -> new Planted(Detector.MOBILE, "", m.substring(0, 3) + " " + m.substring(3, 7) + " "
                        + m.substring(7), m);
                case 1 -> new Planted(Detector.MOBILE, "", m.substring(0, 3) + "-" + m.substring(3, 7) + "-"
                        + m.substring(7), m);
                case 2 -> new Planted(Detector.MOBILE, "+86 ", m, m);
                case 3 -> new Planted(Detector.MOBILE, "+86", m, m);
                case 4 -> new Planted(Detector.MOBILE, "", fullWidth(m), m);
                default -> new Planted(Detector.MOBILE, "", m, m);
            };
        }
        String c = card(r);
        if (r.nextInt(3) == 0) {
            StringBuilder g = new StringBuilder();
            for (int i = 0; i < c.length(); i += 4) {
                g.append(i == 0 ? "" : " ").append(c, i, Math.min(c.length(), i + 4));
            }
            return new Planted(Detector.BANK_CARD, "", g.toString(), c);
        }
        return new Planted(Detector.BANK_CARD, "", c, c);
    }

    /** Chinese text of about {@code chars} characters with no digits or letters at either end. */
    public static String filler(Random r, int chars) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < chars) {
            sb.append(FILLER[r.nextInt(FILLER.length)]);
            if (r.nextInt(3) == 0) {
                sb.append(PUNCT.charAt(r.nextInt(PUNCT.length())));
            }
        }
        return sb.toString();
    }

    /** Punctuation or words to put between two pieces so that no two numbers form one chain. */
    public static String gap(Random r) {
        return r.nextBoolean() ? String.valueOf("，。；、：".charAt(r.nextInt(5))) : filler(r, 1 + r.nextInt(12));
    }

    /**
     * A text of filler, planted values and decoys; the planted values are collected into {@code planted} with their
     * offsets in {@code offsets} (where {@code written} starts).
     */
    public static String document(Random r, int values, int decoys, List<Planted> planted, List<Integer> offsets) {
        return document(r, null, values, decoys, planted, offsets);
    }

    /** As {@link #document(Random, int, int, List, List)}, the first value of the given kind (if not null). */
    public static String document(Random r, Detector first, int values, int decoys, List<Planted> planted,
                                  List<Integer> offsets) {
        List<Object> pieces = new ArrayList<>();
        for (int i = 0; i < values; i++) {
            pieces.add(i == 0 && first != null ? plant(r, first) : plant(r));
        }
        for (int i = 0; i < decoys; i++) {
            pieces.add(decoy(r));
        }
        java.util.Collections.shuffle(pieces, r);
        StringBuilder sb = new StringBuilder(filler(r, r.nextInt(20)));
        for (Object p : pieces) {
            sb.append(gap(r));
            if (p instanceof Planted pl) {
                if (r.nextInt(4) == 0) {
                    sb.append(pl.detector() == Detector.ID_NUMBER ? "身份证号：" : pl.detector() == Detector.MOBILE
                            ? "联系电话：" : "银行卡号：");
                }
                sb.append(pl.before());
                offsets.add(sb.length());
                planted.add(pl);
                sb.append(pl.written());
            } else {
                sb.append((String) p);
            }
            sb.append(gap(r));
        }
        sb.append(filler(r, r.nextInt(20)));
        return sb.toString();
    }

    // ---- arithmetic --------------------------------------------------------------------------------------------

    public static String digits(Random r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    public static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '\uFF10') : c == 'X' ? '\uFF38' : c);
        }
        return sb.toString();
    }

    public static char idCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    public static char usccCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_ALPHABET.indexOf(first17.charAt(i)) * USCC_WEIGHTS[i];
        }
        return USCC_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** GB 11714 check character of an 8-character organisation code. */
    private static char orgCheck(CharSequence code) {
        int[] w = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = code.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * w[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    public static char luhnDigit(String body) {
        int sum = 0;
        boolean dbl = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            int d = body.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    private static boolean idShaped(String s) {
        int p = Integer.parseInt(s.substring(0, 2));
        boolean province = false;
        for (int x : PROVINCES) {
            province |= x == p;
        }
        String y = s.substring(6, 8);
        return province && (y.equals("18") || y.equals("19") || y.equals("20"));
    }
}
