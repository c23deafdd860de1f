package org.zwgk.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zwgk.classify.ExemptionGround;
import org.zwgk.request.ApplicationEvent.Decided;
import org.zwgk.request.internal.EventCodec;

/**
 * A 部分公开 decision stored before zwgk kept the record of the released version still reads back (the desk, the
 * annual report), while a new one cannot be made without it.
 */
class LegacyDecisionTest {

    static final LocalDate ON = LocalDate.of(2024, 11, 20);

    @Test
    void aPartialDecisionStoredWithoutItsReleasedVersionReadsBack() throws Exception {
        String stored = "{\"code\":\"PARTIALLY_DISCLOSED\",\"reason\":\"涉及个人隐私部分不予公开\","
                + "\"competentOrgan\":\"\",\"grounds\":[\"THIRD_PARTY_RIGHTS\"]}";
        Decided d = (Decided) EventCodec.event("Decided", ON, stored);
        assertThat(d.decision().code()).isEqualTo(ReplyType.PARTIALLY_DISCLOSED);
        assertThat(d.decision().grounds()).containsExactly(ExemptionGround.THIRD_PARTY_RIGHTS);
        assertThat(d.decision().released()).isNull();
        // and it is written back as it was read
        assertThat(EventCodec.event("Decided", ON, EventCodec.payload(d))).isEqualTo(d);
    }

    @Test
    void aNewPartialDecisionNeedsItsReleasedVersion() {
        Decision legacy = new Decision(ReplyType.PARTIALLY_DISCLOSED, List.of(ExemptionGround.THIRD_PARTY_RIGHTS),
                "涉及个人隐私", "");
        ApplicationDesk desk = Fixtures.desk("2024-12-31");
        ApplicationId id = ApplicationId.of("YSQ-2024-0009");
        desk.register(Fixtures.registration(id.value(), ApplicantType.NATURAL_PERSON, "2024-11-01"));
        desk.startReview(id, Fixtures.d("2024-11-04"));
        desk.startHandling(id, Fixtures.d("2024-11-05"));
        assertThatThrownBy(() -> desk.decide(id, ON, legacy)).hasMessageStartingWith("ZWGK-6012")
                .hasMessageContaining("released");
        assertThat(desk.get(id).decision()).isEmpty();
    }
}
