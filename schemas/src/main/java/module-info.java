/** JSON Schemas (2020-12) for zwgk file formats, as class-path resources under {@code org/zwgk/schemas/}. */
module org.zwgk.schemas {
    exports org.zwgk.schemas;
    opens org.zwgk.schemas;
}
