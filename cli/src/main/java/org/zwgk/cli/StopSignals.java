package org.zwgk.cli;

import java.util.List;

/**
 * SIGTERM and SIGINT stop the dispatcher first, then exit (128 + signal number, the JVM's own codes), so the
 * shutdown hooks — H2's among them, which closes the database — run only after every worker has recorded the
 * delivery in hand. With the JVM's default handling all hooks start at once and in no order: on an H2 file opened
 * with {@code AUTO_SERVER=TRUE} (where {@code DB_CLOSE_ON_EXIT=FALSE} is refused) H2's hook could close the
 * database under a worker, and that delivery would be repeated after restart.
 *
 * <p>Uses {@code sun.misc.Signal} (module jdk.unsupported, available in every JDK 17+). Where a signal cannot be
 * handled (e.g. the JVM runs with {@code -Xrs}, or the platform lacks it) the shutdown hook alone stops the
 * dispatcher, as before.
 */
final class StopSignals {

    private StopSignals() {
    }

    /** Runs {@code stop} on SIGTERM or SIGINT, then exits with 143 or 130. */
    static void install(Runnable stop) {
        for (String name : List.of("TERM", "INT")) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> {
                    stop.run();
                    System.exit(128 + sig.getNumber());
                });
            } catch (IllegalArgumentException | IllegalStateException e) {
                // This signal is not available here: the shutdown hook covers it.
            }
        }
    }
}
