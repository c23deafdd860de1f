package org.zwgk.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SlugsTest {

    private static final long BASE_SEED = Long.getLong("zwgk.seed", 20240611L);

    // Moved from the website adapter's StaticSiteTest when the copies were merged.
    @Test
    void slugsAreSafeAndDistinct() {
        assertThat(Slugs.of("01432281X/2023-00535")).isEqualTo("01432281X-2023-00535");
        assertThat(Slugs.of("../x")).doesNotStartWith(".").doesNotContain("/");
        assertThat(Slugs.of("索引/1")).matches("[A-Za-z0-9._-]+");
        assertThat(Slugs.of("a b")).isNotEqualTo(Slugs.of("a_b"));
    }

    @Test
    void traversalAndReservedNamesNeverSurvive() {
        for (String raw : new String[] {"..", ".", "", "   ", "../../etc/passwd", "..\\..\\x", "/abs", ".hidden"}) {
            String slug = Slugs.of(raw);
            assertThat(slug).as(raw).isNotEmpty().doesNotStartWith(".").doesNotContain("/").doesNotContain("\\")
                    .isNotEqualTo("..");
        }
    }

    @Test
    void longNamesAreShortenedButStayDistinct() {
        String a = "x".repeat(300);
        String b = "x".repeat(299) + "y";
        assertThat(Slugs.of(a)).hasSizeLessThanOrEqualTo(150);
        assertThat(Slugs.of(a)).isNotEqualTo(Slugs.of(b));
    }

    /** A long Chinese attachment name keeps its extension, so the shortened file still opens as what it is. */
    @Test
    void longFileNamesKeepTheirExtension() {
        String name = "凤城镇人民政府关于印发进一步规范城乡最低生活保障审核确认工作实施细则的通知附件一".repeat(2) + ".pdf";
        assertThat(Slugs.of(name)).hasSizeLessThanOrEqualTo(150).endsWith(".pdf").doesNotStartWith(".");
        assertThat(Slugs.of(name.replace(".pdf", ".docx"))).endsWith(".docx");
        // no extension to keep: still shortened, nothing invented
        assertThat(Slugs.of("附".repeat(60))).hasSizeLessThanOrEqualTo(150).doesNotContain(".");
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 1_000).mapToObj(i -> BASE_SEED + i);
    }

    private static final String[] PIECES = {"a", "Z", "0", "9", ".", "-", "_", "/", " ", "\\", ":", "%", "~", "索",
        "引", "\u0000", "\n", "😀", "é"};

    private static String random(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(13); // at most 12 pieces of ≤ 4 UTF-8 bytes: the slug stays under the 150-char cut
        for (int k = 0; k < n; k++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everySlugIsASingleSafeFileNameAndDistinctInputsStayDistinct(long seed) {
        Random r = new Random(seed);
        String a = random(r);
        String b = random(r);
        String sa = Slugs.of(a);
        assertThat(sa).as("seed %d", seed).matches("[A-Za-z0-9._-]+").doesNotStartWith(".");
        Path dir = Path.of("/srv/site/items");
        assertThat(dir.resolve(sa).normalize().getParent()).as("seed %d", seed).isEqualTo(dir);
        if (!a.trim().replace('/', '-').equals(b.trim().replace('/', '-'))) {
            assertThat(sa).as("seed %d: %s vs %s", seed, a, b).isNotEqualTo(Slugs.of(b));
        }
        assertThat(Slugs.of(a)).as("seed %d", seed).isEqualTo(sa); // stable
    }
}
