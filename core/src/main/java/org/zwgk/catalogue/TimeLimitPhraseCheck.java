package org.zwgk.catalogue;

/**
 * The hook through which catalogue validation asks the time-limit parser whether it can read a catalogue's
 * 公开时限 phrase. {@code 同上} is resolved by the validator before the hook is called.
 */
@FunctionalInterface
public interface TimeLimitPhraseCheck {

    /** The outcome for one phrase. */
    /**
     * @param detail   why the phrase is unreadable, in Chinese ({@code detailEn}: in English)
     * @param hint     what would be readable — the recognised forms for an unknown phrase — in Chinese
     *                 ({@code hintEn}: in English); the catalogue violation (ZWGK-1056) shows these as its hint
     */
    record Result(boolean readable, String detail, String detailEn, String hint, String hintEn) {
        public static Result ok() {
            return new Result(true, "", "", "", "");
        }

        /** One text for both languages, with the catalogue's generic hint. */
        public static Result unreadable(String detail) {
            return new Result(false, detail, detail, GENERIC_HINT_ZH, GENERIC_HINT_EN);
        }

        public static Result unreadable(String detail, String detailEn, String hint, String hintEn) {
            return new Result(false, detail, detailEn, hint, hintEn);
        }
    }

    String GENERIC_HINT_ZH = "使用标准写法，如“信息形成或者变更之日起20个工作日内”“实时公开”“按月进行公开”";
    String GENERIC_HINT_EN = "Use a standard phrase such as 信息形成或者变更之日起20个工作日内, 实时公开 or 按月进行公开";

    Result check(String phrase);

    /**
     * The check zwgk's time-limit parser provides, found through {@link java.util.ServiceLoader} (core registers
     * {@code org.zwgk.timelimit.TimeLimitPhrases}): the catalogue depends on the hook, not on the parser. Never
     * silently none: a missing provider is an error.
     */
    static TimeLimitPhraseCheck standard() {
        return java.util.ServiceLoader.load(TimeLimitPhraseCheck.class, TimeLimitPhraseCheck.class.getClassLoader())
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + TimeLimitPhraseCheck.class.getName()
                        + " provider found: zwgk-core's registration (module-info / META-INF/services) is missing"));
    }
}
