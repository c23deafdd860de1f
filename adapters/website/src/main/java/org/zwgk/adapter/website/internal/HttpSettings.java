package org.zwgk.adapter.website.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.zwgk.spi.Secret;

/**
 * Settings of the CMS push.
 *
 * @param endpoint       collection URL; items are POSTed here, withdrawals go to {@code <endpoint>/<itemId>/withdrawal}
 * @param authHeader     header carrying the credential (default {@code Authorization})
 * @param authScheme     prefix before the token (default {@code Bearer}; empty for none)
 * @param authToken      the credential
 * @param connectTimeout TCP connect timeout
 * @param requestTimeout whole-request timeout
 * @param siteName       SiteName sent in the page metadata (国办发〔2017〕47号), empty = not sent
 * @param siteDomain     SiteDomain, empty = not sent
 * @param siteIdCode     SiteIDCode (政府网站标识码), empty = not sent
 * @param zone           time zone of PubDate
 */
public record HttpSettings(URI endpoint, String authHeader, String authScheme, Secret authToken,
                           Duration connectTimeout, Duration requestTimeout, String siteName, String siteDomain,
                           String siteIdCode, java.time.ZoneId zone) {

    /** Without page metadata settings (PubDate in Beijing time). */
    public HttpSettings(URI endpoint, String authHeader, String authScheme, Secret authToken, Duration connectTimeout,
                        Duration requestTimeout) {
        this(endpoint, authHeader, authScheme, authToken, connectTimeout, requestTimeout, "", "", "",
                java.time.ZoneId.of("Asia/Shanghai"));
    }

    public HttpSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(authHeader, "authHeader");
        authScheme = authScheme == null ? "" : authScheme;
        Objects.requireNonNull(authToken, "authToken");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        zone = zone == null ? java.time.ZoneId.of("Asia/Shanghai") : zone;
    }

    SiteMeta meta() {
        return new SiteMeta(siteName, siteDomain, siteIdCode);
    }
}
