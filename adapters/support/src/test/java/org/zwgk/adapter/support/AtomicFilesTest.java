package org.zwgk.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.map(p -> dir.relativize(p).toString()).filter(n -> !n.isEmpty()).sorted().toList();
        }
    }

    @Test
    void createsParentDirectoriesAndReplacesContentWithoutLeftovers() throws IOException {
        Path target = dir.resolve("items").resolve("a.html");
        AtomicFiles.write(target, "旧页面".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("旧页面");
        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("new");
        AtomicFiles.write(target, new byte[0]);
        assertThat(Files.size(target)).isZero();
        assertThat(names()).containsExactly("items", "items/a.html");
    }

    @Test
    void aFailedReplacementLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("busy");
        Files.createDirectories(target.resolve("child")); // a non-empty directory cannot be replaced
        assertThatThrownBy(() -> AtomicFiles.write(target, "x".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
        assertThat(names()).containsExactly("busy", "busy/child");
    }

    @Test
    void aConcurrentReaderSeesTheOldOrTheNewFileNeverHalf() throws Exception {
        Path target = dir.resolve("page.html");
        byte[] small = "short page".getBytes(StandardCharsets.UTF_8);
        byte[] large = "长".repeat(200_000).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, small);
        AtomicBoolean done = new AtomicBoolean();
        List<Integer> badSizes = new ArrayList<>();
        int[] reads = {0};
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                try {
                    int n = Files.readAllBytes(target).length;
                    reads[0]++;
                    if (n != small.length && n != large.length) {
                        badSizes.add(n);
                    }
                } catch (IOException e) {
                    badSizes.add(-1); // the file was missing: also a broken promise
                }
            }
        });
        reader.start();
        for (int k = 0; k < 60; k++) {
            AtomicFiles.write(target, k % 2 == 0 ? large : small);
        }
        done.set(true);
        reader.join();
        assertThat(reads[0]).isPositive();
        assertThat(badSizes).isEmpty();
        assertThat(names()).containsExactly("page.html");
    }
}
