package org.zwgk.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SequencesTest {

    @ParameterizedTest(name = "applied {0}, incoming {1} → stale {2}, keep {3}")
    @CsvSource({
        "0, 0, false, 0",    // nothing numbered yet, none given: apply
        "0, 5, false, 5",    // the first numbered message
        "5, 5, false, 5",    // a repeat of the same message: not stale (the key makes it idempotent)
        "5, 7, false, 7",    // newer: apply
        "7, 5, true, 7",     // older, arriving late: drop
        "7, 0, false, 7"})   // not given (SPI 1.1): apply, and never lower what is kept
    void theRule(long applied, long incoming, boolean stale, long keep) {
        assertThat(Sequences.isStale(applied, incoming)).isEqualTo(stale);
        assertThat(Sequences.next(applied, incoming)).isEqualTo(keep);
    }

    @ParameterizedTest
    @CsvSource(value = {"'', 0", "12, 12", "' 12 ', 12", "x, 0", "-3, 0"}, nullValues = "null")
    void storedValues(String stored, long expected) {
        assertThat(Sequences.parse(stored)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void staleDetailsKeepTheOthers() {
        assertThat(Sequences.staleDetails(Map.of("slug", "a"), 9))
                .containsExactly(Map.entry("slug", "a"), Map.entry("stale", "true"), Map.entry("appliedSequence", "9"));
    }
}
