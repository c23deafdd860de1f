/** The zwgk command line. */
module org.zwgk.cli {
    requires org.zwgk.core;
    requires org.zwgk.samples;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;

    opens org.zwgk.cli to info.picocli;

    uses org.zwgk.spi.channel.ChannelProvider;
}
