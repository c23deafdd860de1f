package org.zwgk.adapter.website.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Settings of the static site.
 *
 * @param out          output directory (the web server's document root for the disclosure column)
 * @param baseUrl      public URL of that directory, ending in '/'
 * @param siteTitle    column title
 * @param bodyName     the disclosing body (行政机关名称)
 * @param guideOffice  name of the OGI office (Art. 4, Art. 12)
 * @param guideAddress its address
 * @param guidePhone   its phone
 * @param guideHours   its office hours
 * @param guideFax     fax, may be empty
 * @param guideEmail   e-mail or web contact, may be empty
 * @param zone         time zone for displayed dates
 * @param maxBodyChars longest body accepted
 * @param catalogue    the standard catalogue file (YAML or JSON) rendered as {@code standard-catalogue.html}, or
 *                     {@code null} for none
 */
public record StaticSettings(Path out, URI baseUrl, String siteTitle, String bodyName, String guideOffice,
                             String guideAddress, String guidePhone, String guideHours, String guideFax,
                             String guideEmail, ZoneId zone, int maxBodyChars, Path catalogue) {
    public StaticSettings {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!baseUrl.toString().endsWith("/")) {
            baseUrl = URI.create(baseUrl + "/");
        }
        Objects.requireNonNull(siteTitle, "siteTitle");
        Objects.requireNonNull(bodyName, "bodyName");
        Objects.requireNonNull(guideOffice, "guideOffice");
        Objects.requireNonNull(guideAddress, "guideAddress");
        Objects.requireNonNull(guidePhone, "guidePhone");
        Objects.requireNonNull(guideHours, "guideHours");
        guideFax = guideFax == null ? "" : guideFax;
        guideEmail = guideEmail == null ? "" : guideEmail;
        Objects.requireNonNull(zone, "zone");
    }
}
