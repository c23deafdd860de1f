package org.zwgk.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The one {@code --lang} option of every subcommand: Chinese by default, English with {@code --lang en}, never the
 * JVM's default locale (an operator's {@code LANG=C.UTF-8} must not turn a Chinese tool English, and a test machine's
 * locale must not change what the tool prints). Mixed in with {@code @Mixin}.
 */
final class LangOption {

    /** Message languages. */
    enum Lang { zh, en }

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en",
            description = "消息语言：zh（默认）或 en / message language: zh (default) or en")
    Lang lang = Lang.zh;

    Locale locale() {
        return lang == Lang.en ? Locale.ENGLISH : Locale.CHINA;
    }
}
