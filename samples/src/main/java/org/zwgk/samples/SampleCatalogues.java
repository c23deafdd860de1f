package org.zwgk.samples;

import java.io.InputStream;
import java.util.List;

/** The sample catalogues shipped in {@code samples/catalogues/}, readable from the class path. */
public final class SampleCatalogues {

    /** Class-path folder holding the sample catalogue files. */
    public static final String CLASSPATH_DIR = "org/zwgk/samples/catalogues/";

    /** A township catalogue modelled on seed 000 (凤城镇). */
    public static final String TOWNSHIP = "fengcheng-town.yaml";
    /** A village (村务) catalogue modelled on seed 003. */
    public static final String VILLAGE = "village-affairs.yaml";

    private SampleCatalogues() {
    }

    public static List<String> all() {
        return List.of(TOWNSHIP, VILLAGE);
    }

    public static InputStream open(String name) {
        if (!all().contains(name)) {
            throw new IllegalArgumentException("no sample catalogue " + name + "; known: " + all());
        }
        return SampleCatalogues.class.getResourceAsStream("/" + CLASSPATH_DIR + name);
    }
}
