/**
 * The zwgk service-provider interfaces: small, stable, dependency-free.
 *
 * <p>Adapters and calendar providers compile against this module only. Its version is
 * {@link org.zwgk.spi.SpiVersion#CURRENT}; a provider built for an incompatible SPI is rejected at load time with a
 * clear error rather than failing later with {@code NoSuchMethodError}.
 */
module org.zwgk.spi {
    exports org.zwgk.spi;
    exports org.zwgk.spi.channel;
    exports org.zwgk.spi.calendar;
    exports org.zwgk.spi.text;

    uses org.zwgk.spi.channel.ChannelProvider;
    uses org.zwgk.spi.calendar.CalendarProvider;
    uses org.zwgk.spi.text.TextExtractor;
}
