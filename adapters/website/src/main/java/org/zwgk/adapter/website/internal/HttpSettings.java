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
 */
public record HttpSettings(URI endpoint, String authHeader, String authScheme, Secret authToken,
                           Duration connectTimeout, Duration requestTimeout) {
    public HttpSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(authHeader, "authHeader");
        authScheme = authScheme == null ? "" : authScheme;
        Objects.requireNonNull(authToken, "authToken");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
    }
}
