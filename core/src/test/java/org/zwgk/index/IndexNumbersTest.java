package org.zwgk.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.zwgk.store.StoreException;
import org.zwgk.store.ZwgkStore;
import org.zwgk.testing.MutableClock;
import org.zwgk.testing.TestDatabase;

class IndexNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "'{code}/{yyyy}-{serial:5}', 9, 01432281X, 2023-05-01, 535, 01432281X/2023-00535",
        "'{code}/{yyyy}-{serial:5}', 18, 113708280043326001, 2024-01-02, 2411, 113708280043326001/2024-02411",
        "'{code}/{yyyymm}-{serial:5}', 9, 003111216, 2010-12-31, 15, 003111216/201012-00015",
        "'{code}/{yyyy}-{serial:5}', 0, 0142768-8, 2022-03-03, 185, 0142768-8/2022-00185",
    })
    void formatsTheReferenceShapes(String pattern, int len, String code, LocalDate date, int serial, String expected) {
        IndexNumberTemplate t = new IndexNumberTemplate(pattern, len);
        t.checkCode(code);
        assertThat(t.format(code, date, serial)).isEqualTo(expected);
    }

    @Test
    void refusesBadCodesTemplatesAndExhaustedSerials() {
        assertThatThrownBy(() -> IndexNumberTemplate.DEFAULT.checkCode("0143228")).hasMessageContaining("ZWGK-4020");
        assertThatThrownBy(() -> IndexNumberTemplate.CREDIT_CODE_YEAR.checkCode("01432281X")).hasMessageContaining("ZWGK-4020");
        assertThatThrownBy(() -> new IndexNumberTemplate("{code}-{serial:5}", 9)).hasMessageContaining("ZWGK-4022");
        assertThatThrownBy(() -> IndexNumberTemplate.DEFAULT.format("01432281X", LocalDate.of(2024, 1, 1), 100_000))
                .isInstanceOf(StoreException.class).hasMessageContaining("ZWGK-4021");
    }

    /** 8 threads × 50 numbers, each in its own transaction, some rolled back: unique, gap-free, never reused. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void concurrentIssuanceIsUniqueAndNeverReused(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        ZwgkStore store = ZwgkStore.open(ds, MutableClock.beijing());
        IndexNumbers numbers = new IndexNumbers(IndexNumberTemplate.DEFAULT, store.dialect(), store.clock());
        LocalDate day = LocalDate.of(2024, 10, 8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                List<String> committed = new ArrayList<>();
                try (Connection c = ds.getConnection()) {
                    c.setAutoCommit(false);
                    for (int i = 0; i < 50; i++) {
                        String n = numbers.issue(c, "01432281X", day);
                        if ((i + thread) % 7 == 0) {
                            c.rollback(); // the host aborted: the number was never published
                        } else {
                            c.commit();
                            committed.add(n);
                        }
                    }
                }
                return committed;
            }));
        }
        Set<String> all = new HashSet<>();
        int total = 0;
        for (Future<List<String>> f : futures) {
            List<String> got = f.get();
            total += got.size();
            all.addAll(got);
        }
        pool.shutdown();
        assertThat(all).hasSize(total);
        // Rolled-back numbers are reissued (they never existed); committed ones are 1..total without gaps.
        Set<String> expected = new HashSet<>();
        for (int i = 1; i <= total; i++) {
            expected.add(String.format("01432281X/2024-%05d", i));
        }
        assertThat(all).isEqualTo(expected);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            assertThat(numbers.issue(c, "01432281X", day)).isEqualTo(String.format("01432281X/2024-%05d", total + 1));
            assertThat(numbers.issue(c, "01432281X", LocalDate.of(2025, 1, 2))).isEqualTo("01432281X/2025-00001");
            c.commit();
        }
    }
}
