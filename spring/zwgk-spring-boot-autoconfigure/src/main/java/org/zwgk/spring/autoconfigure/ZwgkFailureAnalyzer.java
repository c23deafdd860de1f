package org.zwgk.spring.autoconfigure;

import java.util.Locale;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.zwgk.catalogue.CatalogueException;
import org.zwgk.channel.ChannelConfigException;
import org.zwgk.spi.ErrorCode;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spring.internal.EnvironmentChannelSettings;
import org.zwgk.spring.internal.EnvironmentKeys;
import org.zwgk.validation.Violation;

/**
 * Reports a zwgk error that stopped the application the way the CLI does: the code, the message, every finding
 * with its location and hint (a broken catalogue, channel settings), and no stack trace. A channel key's location
 * is the file and line Spring read it from. Language: {@code zwgk.lang} (default Chinese).
 */
public final class ZwgkFailureAnalyzer extends AbstractFailureAnalyzer<ZwgkException> {

    private final Environment environment;

    public ZwgkFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ZwgkException cause) {
        Locale locale = "en".equals(environment.getProperty("zwgk.lang", "zh").strip())
                ? Locale.ENGLISH : Locale.CHINA;
        boolean en = ErrorCode.isEnglish(locale);
        StringBuilder d = new StringBuilder(en ? "zwgk could not start: " : "zwgk 无法启动：");
        String action;
        if (cause instanceof ChannelConfigException c) {
            d.append(c.code()).append(' ').append(en ? "channel configuration has " : "渠道配置有 ")
                    .append(c.report().errors().size()).append(en ? " problem(s):" : " 个问题：");
            for (Violation v : c.report().errors()) {
                d.append("\n  ").append(line(v, locale)).append("\n    ")
                        .append(en ? "hint: " : "提示：").append(v.hint(locale));
            }
            action = en ? "Fix each zwgk.channel.* setting listed above (see docs/channels.md for every key)."
                    : "逐条修正上面列出的 zwgk.channel.* 配置项（各配置项见 docs/channels.md）。";
        } else if (cause instanceof CatalogueException c) {
            d.append(c.message(locale));
            for (Violation v : c.report().errors()) {
                d.append("\n  ").append(v.toLine(locale)).append("\n    ").append(en ? "hint: " : "提示：")
                        .append(v.hint(locale));
            }
            action = en ? "Fix the catalogue file (zwgk.catalogue); `zwgk validate FILE` or the zwgk-maven-plugin "
                    + "report the same findings at build time."
                    : "修正目录文件（zwgk.catalogue）；构建时可用 zwgk validate 文件 或 zwgk-maven-plugin 得到同样的检查结果。";
        } else {
            d.append(cause.message(locale));
            action = cause.hint(locale) + (en ? " (" : "（") + cause.errorCode().docsAnchor() + (en ? ")" : "）");
        }
        return new FailureAnalysis(d.toString(), action, cause);
    }

    /**
     * The CLI's line, but for a channel key read from the application's configuration it starts with where Spring
     * read the value ({@code class path resource [application.yml] - 7:11}) instead of {@code [0,0]}.
     */
    private String line(Violation v, Locale locale) {
        if (!EnvironmentChannelSettings.SOURCE.equals(v.file()) || v.pointer().isEmpty()
                || !(environment instanceof ConfigurableEnvironment env)) {
            return v.toLine(locale);
        }
        String key = v.pointer().substring(1).replace('/', '.').replace("~1", "/").replace("~0", "~");
        return EnvironmentKeys.origin(env, key)
                .map(o -> o + " " + v.code().code() + " " + v.pointer() + " " + v.message(locale))
                .orElse(v.toLine(locale));
    }
}
