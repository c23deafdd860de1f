/** Sample catalogues and the sample approval system. */
module org.zwgk.samples {
    requires transitive org.zwgk.core;
    // The sample host seals the archive's hand-over batch at the year's end (ArchiveAdapter.sealDue).
    requires org.zwgk.adapter.archive;
    exports org.zwgk.samples;
    exports org.zwgk.samples.approval;
}
