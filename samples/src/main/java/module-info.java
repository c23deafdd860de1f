/** Sample catalogues and the sample approval system. */
module org.zwgk.samples {
    requires transitive org.zwgk.core;
    exports org.zwgk.samples;
}
