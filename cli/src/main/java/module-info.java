/** The zwgk command line. */
module org.zwgk.cli {
    requires org.zwgk.core;
    requires org.zwgk.samples;
    requires org.zwgk.office;
    requires org.zwgk.adapter.archive; // zwgk log verify --archive: the anchors of the hand-over manifests
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml; // zwgk demo --config FILE.yaml: the zwgk.store.url key
    requires jdk.unsupported; // sun.misc.Signal: zwgk dispatch stops its workers before the shutdown hooks run

    opens org.zwgk.cli to info.picocli;

    uses org.zwgk.spi.channel.ChannelProvider;
}
