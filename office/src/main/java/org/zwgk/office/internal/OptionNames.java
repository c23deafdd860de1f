package org.zwgk.office.internal;

/** The command-line option that gives a catalogue metadata key (the CLI's names, also used in messages). */
public final class OptionNames {

    private OptionNames() {
    }

    public static String of(String key) {
        return switch (key) {
            case "version" -> "--catalogue-version";
            case "guidelines" -> "--guideline";
            default -> "--" + key;
        };
    }
}
