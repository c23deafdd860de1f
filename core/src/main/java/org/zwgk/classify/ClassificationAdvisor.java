package org.zwgk.classify;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.zwgk.spi.channel.DisclosureAttribute;

/**
 * Suggests an attribute and grounds for a draft; a person decides (the suggestion is never applied by itself).
 * The catalogue item's method (主动/依申请) gives the default; configurable rules match document types or
 * keywords in the title (e.g. 请示/报告/会议纪要 → {@link ExemptionGround#PROCESS_INFORMATION}).
 */
public final class ClassificationAdvisor {

    /** A rule: when the title or document type contains {@code keyword}, suggest {@code ground}. */
    public record Rule(String keyword, ExemptionGround ground, String why) {
        public Rule {
            Objects.requireNonNull(ground, "ground");
            if (keyword == null || keyword.isBlank()) {
                throw new IllegalArgumentException("keyword");
            }
            why = why == null ? "" : why;
        }
    }

    /** What the advisor proposes, and why, for the proposer to confirm or change. */
    public record Suggestion(DisclosureAttribute attribute, Set<ExemptionGround> grounds, List<String> reasons) {
        public Suggestion {
            Objects.requireNonNull(attribute, "attribute");
            grounds = Set.copyOf(grounds);
            reasons = List.copyOf(reasons);
        }
    }

    private final List<Rule> rules;

    public ClassificationAdvisor(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Rules drawn from Art. 16 that most local guides list. */
    public static ClassificationAdvisor defaults() {
        return new ClassificationAdvisor(List.of(
                new Rule("请示", ExemptionGround.PROCESS_INFORMATION, "请示属于过程性信息（第十六条第二款）"),
                new Rule("会议纪要", ExemptionGround.PROCESS_INFORMATION, "会议纪要属于讨论记录（第十六条第二款）"),
                new Rule("征求意见稿", ExemptionGround.PROCESS_INFORMATION, "过程稿（第十六条第二款）"),
                new Rule("磋商", ExemptionGround.PROCESS_INFORMATION, "磋商信函（第十六条第二款）"),
                new Rule("报告", ExemptionGround.PROCESS_INFORMATION, "请示报告（第十六条第二款）"),
                new Rule("人事", ExemptionGround.INTERNAL_AFFAIRS, "人事管理（第十六条第一款）"),
                new Rule("后勤", ExemptionGround.INTERNAL_AFFAIRS, "后勤管理（第十六条第一款）"),
                new Rule("执法案卷", ExemptionGround.ENFORCEMENT_CASE_FILE, "行政执法案卷（第十六条第二款）"),
                new Rule("商业秘密", ExemptionGround.THIRD_PARTY_RIGHTS, "第三方商业秘密（第十五条）"),
                new Rule("个人隐私", ExemptionGround.THIRD_PARTY_RIGHTS, "个人隐私（第十五条）"),
                new Rule("涉密", ExemptionGround.STATE_SECRET, "可能涉及国家秘密（第十四条），须定密")));
    }

    /**
     * @param catalogueMethod the catalogue item's method, {@code null} when the document is on no item
     * @param documentType    e.g. 通知, 请示, 会议纪要; may be empty
     * @param title           the document title
     */
    public Suggestion suggest(DisclosureAttribute catalogueMethod, String documentType, String title) {
        String text = (documentType == null ? "" : documentType) + " " + (title == null ? "" : title);
        Set<ExemptionGround> grounds = EnumSet.noneOf(ExemptionGround.class);
        List<String> reasons = new ArrayList<>();
        for (Rule r : rules) {
            if (text.contains(r.keyword())) {
                grounds.add(r.ground());
                reasons.add(r.keyword() + "：" + r.why());
            }
        }
        DisclosureAttribute attribute;
        if (catalogueMethod != null) {
            attribute = catalogueMethod;
            reasons.add(0, "目录事项的公开方式为" + catalogueMethod.label());
        } else {
            // 以公开为常态、不公开为例外 (Art. 5): without a catalogue item the default is still proactive.
            attribute = DisclosureAttribute.PROACTIVE;
            reasons.add(0, "以公开为常态（第五条）");
        }
        if (!grounds.isEmpty() && attribute == DisclosureAttribute.PROACTIVE) {
            attribute = grounds.stream().anyMatch(ExemptionGround::isMandatory)
                    ? DisclosureAttribute.WITHHELD : DisclosureAttribute.ON_REQUEST;
        }
        return new Suggestion(attribute, attribute == DisclosureAttribute.PROACTIVE ? Set.of() : grounds, reasons);
    }
}
