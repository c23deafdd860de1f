package org.zwgk.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zwgk.request.Fixtures.d;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zwgk.spi.ZwgkException;

/** Applicant data never appears in toString, exception messages or hints. */
class PersonalDataRedactionTest {

    private static final List<String> SECRETS = List.of("张三丰", "110101199003077777", "13800138000", "环评批复");

    @Test
    void toStringsRedact() {
        Registration r = Fixtures.registration("YSQ-9", ApplicantType.NATURAL_PERSON, "2024-09-27");
        Application a = Application.registered(r);
        for (String s : List.of(r.applicant().toString(), r.toString(), a.toString())) {
            for (String secret : SECRETS) {
                assertThat(s).doesNotContain(secret);
            }
        }
        assertThat(r.applicant().toString()).contains("NATURAL_PERSON").contains("***");
        assertThat(r.toString()).contains("YSQ-9");
    }

    @Test
    void errorsCarryOnlyIdsDatesAndStages() {
        ApplicationDesk desk = Fixtures.desk("2024-12-31");
        ApplicationId id = ApplicationId.of("YSQ-9");
        desk.register(Fixtures.registration("YSQ-9", ApplicantType.NATURAL_PERSON, "2024-09-27"));
        List<ZwgkException> errors = new ArrayList<>();
        Runnable[] steps = {
            () -> desk.deliver(id, d("2024-10-08"), DeliveryMethod.POST),
            () -> desk.register(Fixtures.registration("YSQ-9", ApplicantType.NATURAL_PERSON, "2024-09-27")),
            () -> desk.requestSupplement(id, d("2024-11-20"), d("2024-11-30")),
            () -> desk.extend(id, d("2024-10-08"), 30, "王主任", "x"),
            () -> desk.receiveSupplement(id, d("2024-10-08")),
        };
        for (Runnable step : steps) {
            try {
                step.run();
            } catch (ZwgkException e) {
                errors.add(e);
            }
        }
        assertThat(errors).hasSize(steps.length);
        for (ZwgkException e : errors) {
            String all = e.getMessage() + e.message(Locale.ENGLISH) + e.hint(Locale.CHINA) + e.args();
            for (String secret : SECRETS) {
                assertThat(all).as(e.code()).doesNotContain(secret);
            }
        }
    }
}
