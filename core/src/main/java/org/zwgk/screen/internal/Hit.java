package org.zwgk.screen.internal;

import org.zwgk.screen.Detector;

/**
 * A value found in a piece of text: {@code [start, end)} in that text, and the value normalised (ASCII digits,
 * upper-case X, no separators). Internal: the value is personal data and never leaves the screening unmasked.
 */
public record Hit(Detector detector, int start, int end, String value) {

    @Override
    public String toString() {
        return "Hit[" + detector + " " + start + ".." + end + "]";
    }
}
