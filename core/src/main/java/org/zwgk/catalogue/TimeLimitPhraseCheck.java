package org.zwgk.catalogue;

/**
 * The hook through which catalogue validation asks the time-limit parser whether it can read a catalogue's
 * 公开时限 phrase. {@code 同上} is resolved by the validator before the hook is called.
 */
@FunctionalInterface
public interface TimeLimitPhraseCheck {

    /** The outcome for one phrase. */
    record Result(boolean readable, String detail) {
        public static Result ok() {
            return new Result(true, "");
        }

        public static Result unreadable(String detail) {
            return new Result(false, detail);
        }
    }

    Result check(String phrase);
}
