package org.zwgk.publish.internal;

import java.time.Duration;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.Receipt;

/** What a channel call came to. */
sealed interface Outcome {

    /** The channel has it (or took it down): ACCEPTED, LIVE or WITHDRAWN. */
    record Delivered(Receipt receipt) implements Outcome {
    }

    /**
     * The call failed. {@code retryAfter} from the channel, if it said; {@code remoteCode} the provider's code.
     * A {@link ChannelErrorKind#RATE_LIMITED} failure with a positive {@code retryAfter} pauses the whole channel.
     */
    record Failed(ChannelErrorKind kind, String message, Duration retryAfter, String remoteCode) implements Outcome {
        boolean pausesChannel() {
            return kind == ChannelErrorKind.RATE_LIMITED && retryAfter != null
                    && retryAfter.compareTo(Duration.ZERO) > 0;
        }
    }
}
