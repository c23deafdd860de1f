package org.zwgk.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zwgk.spi.channel.DisclosureAttribute;

class ClassificationTest {

    static final LocalDate D = LocalDate.of(2024, 9, 20);

    @Test
    void groundsCodesAndArticlesMatchTheReference() {
        assertThat(ExemptionGround.values()).extracting(Enum::name).containsExactly("STATE_SECRET", "LAW_PROHIBITS",
                "THREE_SECURITIES_ONE_STABILITY", "THIRD_PARTY_RIGHTS", "INTERNAL_AFFAIRS", "PROCESS_INFORMATION",
                "ENFORCEMENT_CASE_FILE", "ADMINISTRATIVE_QUERY");
        assertThat(ExemptionGround.THIRD_PARTY_RIGHTS.article()).isEqualTo("15");
        assertThat(ExemptionGround.PROCESS_INFORMATION.isMandatory()).isFalse();
        assertThat(ExemptionGround.STATE_SECRET.isMandatory()).isTrue();
    }

    @Test
    void everyRuleOfTheRegulationIsEnforced() {
        assertThatThrownBy(() -> Classification.withheld(Set.of(), "r", "a", "b", "c", D)).hasMessageContaining("ZWGK-3001");
        assertThatThrownBy(() -> Classification.withheld(Set.of(ExemptionGround.STATE_SECRET), " ", "a", "b", "c", D))
                .hasMessageContaining("ZWGK-3002");
        assertThatThrownBy(() -> Classification.onRequest("", "a", "b", "c", D)).hasMessageContaining("ZWGK-3002");
        assertThatThrownBy(() -> new Classification(DisclosureAttribute.PROACTIVE, Set.of(ExemptionGround.STATE_SECRET), "",
                null, List.of(), "a", "b", "c", D)).hasMessageContaining("ZWGK-3005");
        assertThatThrownBy(() -> new Classification(DisclosureAttribute.WITHHELD, Set.of(ExemptionGround.THIRD_PARTY_RIGHTS),
                "隐私", ThirdPartyOverride.CONSENT, List.of(), "a", "b", "c", D)).hasMessageContaining("ZWGK-3006");
        assertThatThrownBy(() -> Classification.proactive("a", "", null, D)).hasMessageContaining("ZWGK-3007")
                .hasMessageContaining("reviewer, decider");
        assertThatThrownBy(() -> new Redaction(" ", ExemptionGround.STATE_SECRET, "x")).hasMessageContaining("ZWGK-3004");
        assertThatThrownBy(() -> new SecrecyReview("r", "", D, ReviewOutcome.PASSED, "")).hasMessageContaining("ZWGK-3010");
    }

    @ParameterizedTest
    @CsvSource({
        "PROACTIVE, 通知, 关于印发2024年工作要点的通知, PROACTIVE, ''",
        "PROACTIVE, 请示, 关于申请专项资金的请示, ON_REQUEST, PROCESS_INFORMATION",
        ", 会议纪要, 常务会议纪要, ON_REQUEST, PROCESS_INFORMATION",
        "PROACTIVE, 通知, 涉及个人隐私的名单, WITHHELD, THIRD_PARTY_RIGHTS",
        "ON_REQUEST, 通知, 某通知, ON_REQUEST, ''",
    })
    void advisorSuggestsButDoesNotDecide(DisclosureAttribute method, String type, String title,
                                         DisclosureAttribute expected, String ground) {
        ClassificationAdvisor.Suggestion s = ClassificationAdvisor.defaults().suggest(method, type, title);
        assertThat(s.attribute()).isEqualTo(expected);
        if (ground.isEmpty()) {
            assertThat(s.grounds()).isEmpty();
        } else {
            assertThat(s.grounds()).contains(ExemptionGround.valueOf(ground));
        }
        assertThat(s.reasons()).isNotEmpty();
    }
}
