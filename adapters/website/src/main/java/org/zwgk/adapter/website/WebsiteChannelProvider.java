package org.zwgk.adapter.website;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.zwgk.adapter.website.internal.HttpCmsAdapter;
import org.zwgk.adapter.website.internal.HttpSettings;
import org.zwgk.adapter.website.internal.StandardCatalogueReader;
import org.zwgk.adapter.website.internal.StaticSettings;
import org.zwgk.adapter.website.internal.StaticSiteAdapter;

import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelConfig;
import org.zwgk.spi.channel.ChannelConfigs;
import org.zwgk.spi.channel.ChannelProvider;
import org.zwgk.spi.channel.ConfigKey;

/**
 * The government website (政府网站, the first platform for disclosure, Art. 23), channel id {@code website}. Mode
 * {@code static} writes the disclosure column as files; mode {@code http} pushes to a CMS.
 */
public final class WebsiteChannelProvider implements ChannelProvider {

    /** Keys under {@code zwgk.channel.website.}. An empty default means "required in the other mode". */
    public static final List<ConfigKey> KEYS = List.of(
            new ConfigKey("mode", "static", false, "static（生成静态栏目）或 http（推送到内容管理系统） / static or http"),
            new ConfigKey("out", null, false, "静态模式：输出目录（网站根目录下的公开栏目） / static: output directory"),
            new ConfigKey("base-url", null, false, "静态模式：该目录的公网地址 / static: public URL of that directory"),
            new ConfigKey("state", "", false, "静态模式：适配器自己的记录所在目录，须在网站目录之外；空 = 输出目录旁的 "
                    + "<out>.zwgk-state / static: the adapter's own records, outside the web root; empty = "
                    + "<out>.zwgk-state beside out"),
            new ConfigKey("site-title", "政府信息公开", false, "栏目名称 / column title"),
            new ConfigKey("body-name", null, false, "静态模式：行政机关名称 / static: name of the disclosing body"),
            new ConfigKey("guide.office", null, false, "指南：政府信息公开工作机构名称（条例第十二条） / guide: OGI office"),
            new ConfigKey("guide.address", null, false, "指南：办公地址 / guide: office address"),
            new ConfigKey("guide.phone", null, false, "指南：联系电话 / guide: phone"),
            new ConfigKey("guide.hours", null, false, "指南：办公时间 / guide: office hours"),
            new ConfigKey("guide.fax", "", false, "指南：传真号码（可空） / guide: fax (optional)"),
            new ConfigKey("guide.email", "", false, "指南：互联网联系方式（可空） / guide: e-mail or web contact (optional)"),
            new ConfigKey("catalogue", "", false, "静态模式：政务公开事项标准目录文件（YAML 或 JSON，docs/catalogue.md），"
                    + "生成 standard-catalogue.html；可空 / static: standard catalogue file (YAML or JSON) rendered as "
                    + "standard-catalogue.html; optional"),
            new ConfigKey("site-name", "", false, "网页元数据 SiteName（国办发〔2017〕47号）：网站名称；空 = body-name / "
                    + "page metadata SiteName (47号): the website's name; empty = body-name"),
            new ConfigKey("site-domain", "", false, "网页元数据 SiteDomain：网站域名；空 = base-url 的主机名 / page metadata "
                    + "SiteDomain; empty = the host of base-url"),
            new ConfigKey("site-id-code", "", false, "网页元数据 SiteIDCode：政府网站标识码；空 = 不输出（zwgk check 报告缺失） / page "
                    + "metadata SiteIDCode, the site's government website ID code; empty = left out (zwgk check reports it)"),
            new ConfigKey("apply-url", "", false, "静态模式：在线申请表地址（依申请公开页面链接到它）；可空 / static: the online "
                    + "application form, linked from the application page; optional"),
            new ConfigKey("zone", "Asia/Shanghai", false, "显示日期所用时区 / time zone for displayed dates"),
            new ConfigKey("max-body-chars", "200000", false, "正文最大字符数 / longest body accepted"),
            new ConfigKey("index-delay", "0", false, "静态模式：首页、目录、订阅和站点地图最多每隔多久重建一次（0 = 每次投递后；关闭时总会重建） / "
                    + "static: rebuild the index pages, feed and sitemap at most this often (0 = after every delivery; "
                    + "always on close)"),
            new ConfigKey("sync", "true", false, "静态模式：每个文件改名前先写入磁盘（true）；仅批量导入或演示时设为 false / "
                    + "static: force each file to disk before its atomic rename; false only for bulk loads and demos"),
            new ConfigKey("endpoint", "", false, "http 模式：内容管理系统接收地址（必填） / http: CMS endpoint (required)"),
            new ConfigKey("auth-header", "Authorization", false, "http 模式：认证头名称 / http: auth header name"),
            new ConfigKey("auth-scheme", "Bearer", false, "http 模式：认证方案前缀，可空 / http: scheme before the token"),
            new ConfigKey("auth-token", "", true, "http 模式：认证令牌（必填，保密） / http: credential (required, secret)"),
            new ConfigKey("connect-timeout", "10s", false, "http 模式：连接超时 / http: connect timeout"),
            new ConfigKey("request-timeout", "30s", false, "http 模式：请求超时 / http: request timeout"));

    private static final List<String> STATIC_REQUIRED = List.of("out", "base-url", "body-name", "guide.office",
            "guide.address", "guide.phone", "guide.hours");

    /** Built against this SPI (the constant is inlined at compile time). */
    @Override
    public String spiVersion() {
        return org.zwgk.spi.SpiVersion.CURRENT;
    }

    @Override
    public String id() {
        return "website";
    }

    @Override
    public List<ConfigKey> configKeys() {
        return KEYS;
    }

    @Override
    public List<String> validate(ChannelConfig raw) {
        List<String> problems = new ArrayList<>();
        ChannelConfigs.checkUnknown(raw, KEYS, problems);
        ChannelConfig c = ChannelConfigs.withDefaults(raw, KEYS);
        String mode = ChannelConfigs.oneOf(c, "mode", List.of("static", "http"), problems).orElse("static");
        String idCode = c.get("site-id-code").orElse("");
        if (!idCode.isBlank() && !idCode.strip().matches("[0-9A-Za-z]{4,20}")) {
            problems.add("配置项 site-id-code 应为 4–20 位字母或数字的政府网站标识码 / site-id-code must be the site's ID code, "
                    + "4–20 letters or digits: " + idCode);
        }
        if (mode.equals("static")) {
            for (String k : STATIC_REQUIRED) {
                if (c.get(k).map(String::isBlank).orElse(true)) {
                    problems.add("静态模式缺少必填配置项 " + k + " / static mode requires " + k);
                }
            }
            ChannelConfigs.httpUri(c, "base-url", problems);
            stateProblem(c).ifPresent(problems::add);
            ChannelConfigs.positiveInt(c, "max-body-chars", problems);
            if (!"0".equals(c.get("index-delay").orElse("0"))) {
                ChannelConfigs.duration(c, "index-delay", problems);
            }
            ChannelConfigs.oneOf(c, "sync", List.of("true", "false"), problems);
            ChannelConfigs.zone(c, "zone", problems);
            if (!c.get("apply-url").orElse("").isBlank()) {
                ChannelConfigs.httpUri(c, "apply-url", problems);
            }
            // The standard catalogue file: every problem of it is a configuration problem, reported here with the
            // others so the site never starts with half a catalogue page.
            c.get("catalogue").filter(v -> !v.isBlank()).ifPresent(f -> {
                try {
                    problems.addAll(new StandardCatalogueReader().read(Path.of(f)).problems());
                } catch (java.nio.file.InvalidPathException e) {
                    problems.add("配置项 catalogue 不是有效路径 / catalogue is not a valid path: " + e.getReason());
                }
            });
        } else {
            if (!c.get("apply-url").orElse("").isBlank()) {
                problems.add("配置项 apply-url 只用于静态模式 / apply-url belongs to the static mode");
            }
            for (String k : List.of("endpoint", "auth-token")) {
                if (c.get(k).map(String::isBlank).orElse(true)) {
                    problems.add("http 模式缺少必填配置项 " + k + " / http mode requires " + k);
                }
            }
            // An HTTP header carries visible ASCII only; the JDK's refusal would quote the whole value, token included.
            for (String k : List.of("auth-token", "auth-scheme", "auth-header")) {
                if (c.get(k).filter(v -> !v.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f)).isPresent()) {
                    problems.add("配置项 " + k + " 含空格、全角或控制字符（值不显示），请重新复制 / " + k
                            + " holds a space, a full-width or a control character (value not shown); copy it again");
                }
            }
            // The header's name must be a token (RFC 9110) and one the JDK lets a client set: a name it refuses would
            // fail every delivery instead of the configuration.
            c.get("auth-header").filter(h -> !h.isBlank() && (!h.chars().allMatch(WebsiteChannelProvider::tchar)
                    || RESTRICTED_HEADERS.contains(h.toLowerCase(java.util.Locale.ROOT)))).ifPresent(h ->
                    problems.add("配置项 auth-header 不是可用的 HTTP 头名称 " + h + "（只能用字母、数字和 !#$%&'*+-.^_`|~，且不能是 "
                            + "Host、Content-Length、Connection、Expect、Upgrade）/ auth-header " + h + " is not a header "
                            + "name a client may send (letters, digits and !#$%&'*+-.^_`|~ only; not Host, Content-Length, "
                            + "Connection, Expect or Upgrade)"));
            ChannelConfigs.httpUri(c, "endpoint", problems);
            ChannelConfigs.duration(c, "connect-timeout", problems);
            ChannelConfigs.duration(c, "request-timeout", problems);
        }
        return List.copyOf(problems);
    }

    /** Headers java.net.http.HttpClient refuses to let a request set. */
    private static final java.util.Set<String> RESTRICTED_HEADERS = java.util.Set.of("connection", "content-length",
            "expect", "host", "upgrade");

    /** A character of an RFC 9110 token. */
    private static boolean tchar(int ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || "!#$%&'*+-.^_`|~".indexOf(ch) >= 0;
    }

    /**
     * The state directory holds every live item's text and the adapter's bookkeeping: inside the web root it would be
     * served to anyone who guesses its name.
     */
    private static java.util.Optional<String> stateProblem(ChannelConfig c) {
        String out = c.get("out").orElse("");
        if (out.isBlank()) {
            return java.util.Optional.empty(); // reported as missing already
        }
        try {
            Path o = Path.of(out);
            String state = c.get("state").orElse("");
            if (state.isBlank()) {
                StaticSettings.defaultState(o);
            } else if (StaticSettings.isInside(Path.of(state), o)) {
                return java.util.Optional.of("配置项 state 须在网站输出目录 out 之外（其中的记录不得被公开访问） / state must be "
                        + "outside out (its records must never be served): " + state);
            }
            return java.util.Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return java.util.Optional.of("配置项 out 或 state 不是有效路径 / out or state is not a valid path: "
                    + e.getReason());
        } catch (IllegalArgumentException e) {
            return java.util.Optional.of("配置项 out 不能是文件系统根目录 / out must not be a file-system root: " + out);
        }
    }

    @Override
    public ChannelAdapter create(ChannelConfig raw, Clock clock) {
        ChannelConfig c = ChannelConfigs.requireValid(this, raw);
        if (c.get("mode").orElseThrow().equals("http")) {
            List<String> ignored = new ArrayList<>();
            return new HttpCmsAdapter(new HttpSettings(URI.create(c.get("endpoint").orElseThrow()),
                    c.get("auth-header").orElseThrow(), c.get("auth-scheme").orElse(""),
                    c.secret("auth-token").orElseThrow(),
                    ChannelConfigs.duration(c, "connect-timeout", ignored).orElse(Duration.ofSeconds(10)),
                    ChannelConfigs.duration(c, "request-timeout", ignored).orElse(Duration.ofSeconds(30)),
                    c.get("site-name").orElse(""), c.get("site-domain").orElse(""), c.get("site-id-code").orElse(""),
                    ZoneId.of(c.get("zone").orElseThrow())), clock);
        }
        String catalogue = c.get("catalogue").orElse("");
        String state = c.get("state").orElse("");
        StaticSiteAdapter site = new StaticSiteAdapter(new StaticSettings(Path.of(c.get("out").orElseThrow()),
                URI.create(c.get("base-url").orElseThrow()), c.get("site-title").orElseThrow(),
                c.get("body-name").orElseThrow(), c.get("guide.office").orElseThrow(),
                c.get("guide.address").orElseThrow(), c.get("guide.phone").orElseThrow(),
                c.get("guide.hours").orElseThrow(), c.get("guide.fax").orElse(""), c.get("guide.email").orElse(""),
                ZoneId.of(c.get("zone").orElseThrow()), Integer.parseInt(c.get("max-body-chars").orElseThrow()),
                catalogue.isBlank() ? null : Path.of(catalogue), state.isBlank() ? null : Path.of(state),
                c.get("site-name").orElse(""), c.get("site-domain").orElse(""), c.get("site-id-code").orElse(""),
                c.get("apply-url").orElse("")), clock,
                "0".equals(c.get("index-delay").orElse("0")) ? Duration.ZERO
                        : ChannelConfigs.duration(c, "index-delay", new ArrayList<>()).orElse(Duration.ZERO),
                !"false".equals(c.get("sync").orElse("true")));
        try {
            site.start(); // the standard catalogue page is there before the first delivery
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("网站栏目无法启动 / cannot start the site: " + e.getMessage(), e);
        }
        return site;
    }

    @Override
    public String toString() {
        return "WebsiteChannelProvider";
    }
}
