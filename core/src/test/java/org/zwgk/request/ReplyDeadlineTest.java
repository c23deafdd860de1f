package org.zwgk.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zwgk.request.Fixtures.d;
import static org.zwgk.request.Fixtures.registration;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zwgk.calendar.WorkingCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwgk.spi.ZwgkException;

/** Art. 33 deadlines with the counting conventions of reference §2.2, on real 2024/2025 holiday data. */
class ReplyDeadlineTest {

    private static final ApplicationId ID = ApplicationId.of("YSQ-1");

    @ParameterizedTest(name = "received {0} → due {1}, extended by {2} → {3}")
    @CsvSource({
        // National Day 2024 with the 09-29 and 10-12 调休上班 days (reference §2.2 example)
        "2024-09-27, 2024-10-30, 20, 2024-11-27",
        // received on an adjusted-working Saturday's eve, on a Saturday, inside the holiday
        "2024-09-28, 2024-10-30, 20, 2024-11-27",
        "2024-10-01, 2024-11-01, 10, 2024-11-15",
        // Spring Festival 2024 (02-10..17 off, 02-04 and 02-18 worked)
        "2024-02-08, 2024-03-13, 20, 2024-04-11",
        // year boundary into 2025 (01-01 off)
        "2024-12-20, 2025-01-20, 1, 2025-01-21",
        // Spring Festival 2025 (01-28..02-04 off, 01-26 and 02-08 worked)
        "2025-01-20, 2025-02-21, 5, 2025-02-28",
        // Labour Day 2024 (05-01..05 off, 05-11 worked)
        "2024-04-30, 2024-05-30, 20, 2024-06-28",
        // National Day + Mid-Autumn 2025 (10-01..08 off, 09-28 and 10-11 worked)
        "2025-09-26, 2025-10-30, 20, 2025-11-27",
    })
    void twentyWorkingDaysAndOneExtension(String received, String due, int ext, String extended) {
        ApplicationDesk desk = Fixtures.desk("2025-12-31");
        desk.register(registration("YSQ-1", ApplicantType.NATURAL_PERSON, received));
        assertThat(desk.deadline(ID).due()).isEqualTo(d(due));
        assertThat(desk.deadline(ID).status()).isEqualTo(ReplyDeadline.Status.RUNNING);
        desk.startReview(ID, d(received));
        desk.extend(ID, d(received), ext, "王主任（政务公开办负责人）", "需调取档案");
        ReplyDeadline dl = desk.deadline(ID);
        assertThat(dl.due()).isEqualTo(d(extended));
        assertThat(dl.extensionDays()).isEqualTo(ext);
        assertThat(dl.calendarVersion()).isEqualTo(WorkingCalendar.national().version());
        assertThat(dl.computation().explain(java.util.Locale.CHINA)).isNotEmpty();
        assertThat(dl.provisional()).isFalse();
    }

    @Test
    void supplementNoticeWithinSevenWorkingDaysAndClockRestarts() {
        ApplicationDesk desk = Fixtures.desk("2024-12-31");
        Application a = desk.register(registration("YSQ-1", ApplicantType.NATURAL_PERSON, "2024-09-27"));
        // 7 WD after Fri 2024-09-27: 09-29(Sun, worked) 09-30 10-08 10-09 10-10 10-11 10-12(Sat, worked)
        assertThat(desk.supplementNoticeDue(a)).isEqualTo(d("2024-10-12"));
        desk.startReview(ID, d("2024-09-30"));
        assertThatThrownBy(() -> desk.requestSupplement(ID, d("2024-10-14"), d("2024-10-31")))
                .isInstanceOf(ZwgkException.class).hasMessageStartingWith("ZWGK-6003")
                .hasMessageContaining("2024-10-12");
        desk.requestSupplement(ID, d("2024-10-12"), d("2024-10-31"));
        assertThat(desk.deadline(ID).status()).isEqualTo(ReplyDeadline.Status.AWAITING_SUPPLEMENT);
        assertThat(desk.deadline(ID).hasDue()).isFalse();
        assertThatThrownBy(() -> desk.requestSupplement(ID, d("2024-10-12"), d("2024-10-31")))
                .hasMessageStartingWith("ZWGK-6004");
        desk.receiveSupplement(ID, d("2024-10-15"));
        ReplyDeadline dl = desk.deadline(ID);
        assertThat(dl.clockStart()).isEqualTo(d("2024-10-15"));
        assertThat(dl.due()).isEqualTo(d("2024-11-12"));
    }

    @Test
    void consultationPausesTheClock() {
        ApplicationDesk desk = Fixtures.desk("2024-12-31");
        desk.register(registration("YSQ-1", ApplicantType.NATURAL_PERSON, "2024-09-27"));
        desk.startReview(ID, d("2024-09-27"));
        desk.startHandling(ID, d("2024-09-30"));
        desk.startConsultation(ID, d("2024-10-09"), ConsultationParty.THIRD_PARTY);
        assertThat(desk.deadline(ID).status()).isEqualTo(ReplyDeadline.Status.PAUSED_FOR_CONSULTATION);
        assertThat(desk.deadline(ID).hasDue()).isFalse();
        // third party received the letter on 10-09: 15 WD → 10-10..10-12(Sat worked)=3, 10-14..18=8, 10-21..25=13,
        // 10-28=14, 10-29=15
        assertThat(desk.consultationAnswerDue(d("2024-10-09"))).isEqualTo(d("2024-10-29"));
        // the co-producing organ is consulted too, overlapping; union of the pauses counts once
        desk.startConsultation(ID, d("2024-10-16"), ConsultationParty.OTHER_ORGAN);
        // third party answers on 10-18
        desk.endConsultation(ID, d("2024-10-18"), ConsultationParty.THIRD_PARTY);
        assertThat(desk.deadline(ID).status()).isEqualTo(ReplyDeadline.Status.PAUSED_FOR_CONSULTATION);
        desk.endConsultation(ID, d("2024-10-22"), ConsultationParty.OTHER_ORGAN);
        // paused, both ends inclusive: 10-09, 10-10, 10-11, 10-12 (Sat, worked), 10-14..10-18, 10-21, 10-22 = 11 WD
        ReplyDeadline dl = desk.deadline(ID);
        assertThat(dl.status()).isEqualTo(ReplyDeadline.Status.RUNNING);
        assertThat(dl.pausedDays()).isEqualTo(11);
        assertThat(dl.due()).isEqualTo(desk.plusWorkingDays(d("2024-10-30"), 11)).isEqualTo(d("2024-11-14"));
        assertThatThrownBy(() -> desk.endConsultation(ID, d("2024-10-23"), ConsultationParty.OTHER_ORGAN))
                .hasMessageStartingWith("ZWGK-6011");
    }

    @Test
    void extensionRules() {
        ApplicationDesk desk = Fixtures.desk("2024-12-31");
        desk.register(registration("YSQ-1", ApplicantType.NATURAL_PERSON, "2024-09-27"));
        desk.startReview(ID, d("2024-09-27"));
        assertThatThrownBy(() -> desk.extend(ID, d("2024-10-08"), 21, "王主任", "理由"))
                .hasMessageStartingWith("ZWGK-6008");
        assertThatThrownBy(() -> desk.extend(ID, d("2024-10-08"), 0, "王主任", "理由"))
                .hasMessageStartingWith("ZWGK-6008");
        assertThatThrownBy(() -> desk.extend(ID, d("2024-10-08"), 10, " ", "理由"))
                .hasMessageStartingWith("ZWGK-6010");
        assertThatThrownBy(() -> desk.extend(ID, d("2024-10-31"), 10, "王主任", "理由"))
                .hasMessageStartingWith("ZWGK-6009").hasMessageContaining("2024-10-30");
        desk.extend(ID, d("2024-10-30"), 10, "王主任", "理由");
        assertThatThrownBy(() -> desk.extend(ID, d("2024-10-30"), 5, "王主任", "理由"))
                .hasMessageStartingWith("ZWGK-6007");
    }

    @Test
    void datesBeyondTheCalendarAreProvisional() {
        // the bundled notices end with 2026: a reply period running into 2027 is flagged, not guessed
        ApplicationDesk desk = Fixtures.desk("2026-12-31");
        desk.register(registration("YSQ-1", ApplicantType.NATURAL_PERSON, "2026-12-15"));
        assertThat(desk.deadline(ID).provisional()).isTrue();
        desk.register(registration("YSQ-2", ApplicantType.NATURAL_PERSON, "2026-11-02"));
        assertThat(desk.deadline(ApplicationId.of("YSQ-2")).provisional()).isFalse();
    }

    // ---- properties over seeded random inputs -----------------------------------------------------------------

    static Stream<Long> seeds() {
        return LongStream.seeds();
    }

    private static final class LongStream {
        static Stream<Long> seeds() {
            return IntStream.range(0, 1000).mapToObj(i -> 0x5EED_0000L + i);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void deadlineIsAWorkingDayAndPausesAndExtensionsBehave(long seed) {
        Random r = new Random(seed);
        LocalDate received = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(600));
        ApplicationDesk desk = Fixtures.desk("2025-12-31");
        desk.register(registration("YSQ-1", ApplicantType.NATURAL_PERSON, received.toString()));
        LocalDate base = desk.deadline(ID).due();
        assertThat(WorkingCalendar.national().isWorkingDay(base)).as("seed %d", seed).isTrue();
        desk.startReview(ID, received);
        desk.startHandling(ID, received);
        LocalDate from = received.plusDays(r.nextInt(20));
        LocalDate until = from.plusDays(r.nextInt(25));
        desk.startConsultation(ID, from, ConsultationParty.values()[r.nextInt(2)]);
        desk.endConsultation(ID, until, desk.get(ID).pauses().get(0).party());
        ReplyDeadline paused = desk.deadline(ID);
        assertThat(paused.due()).as("seed %d: a pause never makes the deadline earlier", seed).isAfterOrEqualTo(base);
        assertThat(paused.due()).as("seed %d: due moves by exactly the paused working days", seed)
                .isEqualTo(desk.plusWorkingDays(base, paused.pausedDays()));
        int k = 1 + r.nextInt(20);
        desk.extend(ID, until, k, "王主任", "理由");
        ReplyDeadline extended = desk.deadline(ID);
        assertThat(extended.due()).as("seed %d: extension of %d", seed, k)
                .isEqualTo(desk.plusWorkingDays(paused.due(), k));
        assertThat(WorkingCalendar.national().isWorkingDay(extended.due())).as("seed %d", seed).isTrue();
    }
}
