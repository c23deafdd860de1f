/**
 * Standard catalogues from and to office tables (Excel .xlsx/.xls, Word .docx) with Apache POI. Optional: core does
 * not depend on it.
 */
module org.zwgk.office {
    requires transitive org.zwgk.core;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;

    exports org.zwgk.office;
}
