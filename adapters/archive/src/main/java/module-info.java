/** The archives-and-library channel (Art. 25): DA/T 48 packages, SM3 fixity, scheduled hand-over batches. */
module org.zwgk.adapter.archive {
    requires org.zwgk.spi;
    requires org.zwgk.adapter.support;
    requires java.xml;
    requires org.bouncycastle.provider;

    exports org.zwgk.adapter.archive;

    uses org.zwgk.spi.calendar.CalendarProvider;
    provides org.zwgk.spi.channel.ChannelProvider with org.zwgk.adapter.archive.ArchiveChannelProvider;
}
