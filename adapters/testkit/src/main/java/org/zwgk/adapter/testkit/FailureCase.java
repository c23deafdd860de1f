package org.zwgk.adapter.testkit;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.Publication;

/**
 * One way to provoke a failure of an adapter, and the error kind the adapter must report.
 *
 * @param name     shown as the test name
 * @param expected the kind the adapter must throw
 * @param arrange  prepares the remote (e.g. tells a local server to answer the next call with an error code)
 * @param tweak    adjusts the sample publication (e.g. a title that is too long); identity when not needed
 */
public record FailureCase(String name, ChannelErrorKind expected, Arrangement arrange, UnaryOperator<Publication> tweak) {

    /** Preparation that may throw. */
    @FunctionalInterface
    public interface Arrangement {
        void run() throws Exception;
    }

    public FailureCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expected, "expected");
        arrange = arrange == null ? () -> { } : arrange;
        tweak = tweak == null ? UnaryOperator.identity() : tweak;
    }

    /** A failure provoked by the remote's state. */
    public static FailureCase remote(String name, ChannelErrorKind expected, Arrangement arrange) {
        return new FailureCase(name, expected, arrange, null);
    }

    /** A failure provoked by the content of the publication. */
    public static FailureCase content(String name, ChannelErrorKind expected, UnaryOperator<Publication> tweak) {
        return new FailureCase(name, expected, null, tweak);
    }
}
