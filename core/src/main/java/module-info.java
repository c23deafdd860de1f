/**
 * zwgk core. Public API packages are exported; implementation lives in {@code *.internal} packages, which are not.
 */
module org.zwgk.core {
    requires transitive org.zwgk.spi;
    requires org.zwgk.schemas;
    requires transitive java.sql;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml; // LoaderOptions: the document size limit
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.networknt.schema;
    requires transitive jakarta.validation; // the catalogue records carry its constraint annotations
    requires org.hibernate.validator;

    exports org.zwgk.validation;
    exports org.zwgk.catalogue;
    exports org.zwgk.calendar;
    exports org.zwgk.calendar.notice;
    exports org.zwgk.timelimit;
    exports org.zwgk.channel;
    exports org.zwgk.classify;
    exports org.zwgk.lifecycle;
    exports org.zwgk.gate;
    exports org.zwgk.publish;
    exports org.zwgk.store;
    exports org.zwgk.index;
    exports org.zwgk.request;
    exports org.zwgk.report;
    exports org.zwgk.check;
    exports org.zwgk.screen;

    // Records are read and written by Jackson and checked by Hibernate Validator.
    opens org.zwgk.catalogue to org.hibernate.validator;
    opens org.zwgk.report to com.fasterxml.jackson.databind;

    uses org.zwgk.spi.channel.ChannelProvider;
    uses org.zwgk.spi.calendar.CalendarProvider;
    uses org.zwgk.catalogue.TimeLimitPhraseCheck;
    uses org.zwgk.spi.text.TextExtractor;

    // The national calendar for SPI-only consumers (e.g. the archive channel's calendar key).
    provides org.zwgk.spi.calendar.CalendarProvider with org.zwgk.calendar.internal.NationalCalendarService;
    // The catalogue's time-limit hook, implemented by the parser: found, not referenced (no catalogue -> timelimit).
    provides org.zwgk.catalogue.TimeLimitPhraseCheck with org.zwgk.timelimit.TimeLimitPhrases;
}
