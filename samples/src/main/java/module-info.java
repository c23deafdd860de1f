/** Sample catalogues and the sample approval system. */
module org.zwgk.samples {
    requires transitive org.zwgk.core;
    // The demo's tests check the sealed hand-over batches (ArchiveAdapter.verifyBatch); the dispatcher seals them.
    requires org.zwgk.adapter.archive;
    exports org.zwgk.samples;
    exports org.zwgk.samples.approval;
}
