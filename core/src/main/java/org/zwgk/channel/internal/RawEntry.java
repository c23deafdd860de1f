package org.zwgk.channel.internal;

/** A key/value as read from a file, before ownership and duplicate checks. */
public record RawEntry(String key, String value, int line, int column) {
    @Override
    public String toString() {
        return key + "@" + line; // the value may be a secret
    }
}
