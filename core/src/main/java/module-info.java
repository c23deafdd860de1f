/**
 * zwgk core. Public API packages are exported; implementation lives in {@code *.internal} packages, which are not.
 */
module org.zwgk.core {
    requires transitive org.zwgk.spi;
    requires org.zwgk.schemas;
    requires transitive java.sql;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml; // LoaderOptions: the code-point limit for large catalogues (via jackson-dataformat-yaml)
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.networknt.schema;
    requires jakarta.validation;
    requires org.hibernate.validator;

    exports org.zwgk.validation;
    exports org.zwgk.catalogue;
    exports org.zwgk.calendar;
    exports org.zwgk.timelimit;
    // exports org.zwgk.classify;   (uncomment when the package has its first type)
    // exports org.zwgk.lifecycle;   (uncomment when the package has its first type)
    // exports org.zwgk.gate;   (uncomment when the package has its first type)
    // exports org.zwgk.publish;   (uncomment when the package has its first type)
    // exports org.zwgk.store;   (uncomment when the package has its first type)
    // exports org.zwgk.index;   (uncomment when the package has its first type)
    // exports org.zwgk.request;   (uncomment when the package has its first type)
    // exports org.zwgk.report;   (uncomment when the package has its first type)

    // Records are read and written by Jackson and checked by Hibernate Validator.
    opens org.zwgk.catalogue to org.hibernate.validator;

    uses org.zwgk.spi.channel.ChannelProvider;
    uses org.zwgk.spi.calendar.CalendarProvider;
}
