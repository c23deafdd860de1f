package org.zwgk.spi;

/**
 * The version of the zwgk SPI. Providers declare the SPI version they were built against; the loader accepts a
 * provider whose major version equals {@link #MAJOR} and whose minor version is not newer than {@link #MINOR}.
 *
 * <p>1.1 added {@code ChannelAdapter.capabilities()} and {@code ChannelAdapter.refresh(...)} (default methods),
 * {@code ChannelCapability} and {@code Receipt.refreshAt} (with the 1.0 constructor kept): a provider built for 1.0
 * compiles and runs unchanged.
 *
 * <p>1.2 added {@code Publication.sequence} and {@code Withdrawal.version}/{@code sequence} (the 1.1 constructors
 * kept, with 0 meaning "not given"): the dispatcher numbers the messages of each (item, channel) so a channel can
 * drop a late, stale one. Providers built for 1.0 or 1.1 load and run unchanged.
 */
public final class SpiVersion {

    public static final int MAJOR = 1;
    public static final int MINOR = 2;
    public static final String CURRENT = MAJOR + "." + MINOR;

    private SpiVersion() {
    }

    /** Whether a provider built against {@code declared} (e.g. {@code "1.0"}) can run on this SPI. */
    public static boolean isCompatible(String declared) {
        if (declared == null) {
            return false;
        }
        String[] parts = declared.trim().split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major == MAJOR && minor <= MINOR;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
