package org.zwgk.cli;

import java.nio.file.Path;

/** Paths as {@code zwgk screen} prints them. */
final class CliTestPaths {

    private CliTestPaths() {
    }

    static String display(Path p) {
        return p.toString().replace('\\', '/');
    }
}
