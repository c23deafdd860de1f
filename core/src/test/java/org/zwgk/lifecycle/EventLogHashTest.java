package org.zwgk.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The chain hash is part of stored data: logs written by earlier versions must keep verifying. The expected values
 * were computed independently (Python hashlib over the documented length-prefixed fields
 * {@code prev, itemId, position, type, from, to, actor, epochMillis, details}).
 */
class EventLogHashTest {

    @Test
    void hashesAreStableAcrossVersions() {
        assertThat(EventLog.unkeyed().first("项目-1", "REGISTERED", LifecycleState.REGISTERED, "某县财政局",
                Instant.parse("2024-09-20T01:02:03.456789Z"), "step=s; catalogue=null").hash())
                .isEqualTo("951891ef106ccffddb1b4c05c68b9a89ca35287607d844a1089037bdc44eae20");
        assertThat(EventLog.unkeyed().first("", "X", LifecycleState.PUBLISHED, "", Instant.EPOCH, null).hash())
                .isEqualTo("3c847d2b43df850c9cd967b43dee56980e6a430410f1b3ea537d6365573ecccc");
    }

    @Test
    void concurrentHashingAgreesWithSequentialHashing() throws Exception {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            expected.add(EventLog.hash(EventLog.GENESIS, "item-" + i, i, "T", null, LifecycleState.REGISTERED,
                    "actor", Instant.ofEpochMilli(i), "d" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<String> out = new ArrayList<>();
                    for (int i = 0; i < 2000; i++) {
                        out.add(EventLog.hash(EventLog.GENESIS, "item-" + i, i, "T", null,
                                LifecycleState.REGISTERED, "actor", Instant.ofEpochMilli(i), "d" + i));
                    }
                    return out;
                }));
            }
            for (Future<List<String>> r : runs) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
