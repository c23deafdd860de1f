package org.zwgk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.zwgk.spi.ErrorCode;

/**
 * Finds every {@code static final ErrorCode} declared in a module's compiled classes, and locates
 * {@code docs/errors.md}. Shared through the core test-jar so every module can prove its codes are documented.
 */
public final class ErrorCodeScanner {

    private ErrorCodeScanner() {
    }

    /** All error-code constants declared by classes in the same class-path root as {@code anchor}. */
    public static List<ErrorCode> declaredAlongside(Class<?> anchor) {
        Path root;
        try {
            root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<ErrorCode> codes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (!rel.endsWith(".class") || rel.endsWith("module-info.class") || rel.endsWith("package-info.class")) {
                    continue;
                }
                String name = rel.substring(0, rel.length() - ".class".length()).replace('/', '.');
                Class<?> type;
                try {
                    type = Class.forName(name, false, anchor.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                for (Field f : type.getDeclaredFields()) {
                    if (f.getType() == ErrorCode.class && Modifier.isStatic(f.getModifiers())
                            && Modifier.isFinal(f.getModifiers())) {
                        f.setAccessible(true);
                        codes.add((ErrorCode) f.get(null));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return codes;
    }

    /** The text of {@code docs/errors.md}, found by walking up from the working directory. */
    public static String errorsDoc() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path doc = dir.resolve("docs/errors.md");
            if (Files.isRegularFile(doc)) {
                try {
                    return Files.readString(doc, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("docs/errors.md not found above " + Path.of("").toAbsolutePath());
    }
}
