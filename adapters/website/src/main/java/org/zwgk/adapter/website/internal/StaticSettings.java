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
 * @param state        the adapter's own records (one per item, the catalogue's digest): outside the web root, never
 *                     inside {@code out}; {@code null} = {@link #defaultState(Path) beside it}
 * @param siteName     SiteName of the page metadata (国办发〔2017〕47号); empty = the body's name
 * @param siteDomain   SiteDomain; empty = the host of {@code baseUrl}
 * @param siteIdCode   SiteIDCode, the site's 政府网站标识码; empty = not configured (the tag is left out)
 * @param applyUrl     the host's online application form (依申请公开), linked from the application page; empty = none
 */
public record StaticSettings(Path out, URI baseUrl, String siteTitle, String bodyName, String guideOffice,
                             String guideAddress, String guidePhone, String guideHours, String guideFax,
                             String guideEmail, ZoneId zone, int maxBodyChars, Path catalogue, Path state,
                             String siteName, String siteDomain, String siteIdCode, String applyUrl) {

    /** Settings without page metadata or application form (the shape before the standard column). */
    public StaticSettings(Path out, URI baseUrl, String siteTitle, String bodyName, String guideOffice,
                          String guideAddress, String guidePhone, String guideHours, String guideFax,
                          String guideEmail, ZoneId zone, int maxBodyChars, Path catalogue, Path state) {
        this(out, baseUrl, siteTitle, bodyName, guideOffice, guideAddress, guidePhone, guideHours, guideFax,
                guideEmail, zone, maxBodyChars, catalogue, state, "", "", "", "");
    }

    /** Settings with the state directory beside {@code out} (the default). */
    public StaticSettings(Path out, URI baseUrl, String siteTitle, String bodyName, String guideOffice,
                          String guideAddress, String guidePhone, String guideHours, String guideFax,
                          String guideEmail, ZoneId zone, int maxBodyChars, Path catalogue) {
        this(out, baseUrl, siteTitle, bodyName, guideOffice, guideAddress, guidePhone, guideHours, guideFax,
                guideEmail, zone, maxBodyChars, catalogue, null, "", "", "", "");
    }

    public StaticSettings {
        Objects.requireNonNull(out, "out");
        state = state == null ? defaultState(out) : state;
        if (isInside(state, out)) {
            throw new IllegalArgumentException("the state directory must be outside the web root: " + state);
        }
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
        siteName = siteName == null || siteName.isBlank() ? bodyName : siteName.strip();
        siteDomain = siteDomain == null || siteDomain.isBlank()
                ? (baseUrl.getHost() == null ? "" : baseUrl.getHost()) : siteDomain.strip();
        siteIdCode = siteIdCode == null ? "" : siteIdCode.strip();
        applyUrl = applyUrl == null ? "" : applyUrl.strip();
    }

    /** The page metadata of every page (SiteName, SiteDomain, SiteIDCode). */
    SiteMeta meta() {
        return new SiteMeta(siteName, siteDomain, siteIdCode);
    }

    /**
     * The default state directory: a sibling of {@code out} named {@code <out>.zwgk-state} (e.g. {@code /srv/www/zwgk}
     * → {@code /srv/www/zwgk.zwgk-state}), outside the directory the web server publishes.
     */
    public static Path defaultState(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        if (abs.getFileName() == null) {
            throw new IllegalArgumentException("out must not be a file-system root: " + out);
        }
        return abs.resolveSibling(abs.getFileName() + ".zwgk-state");
    }

    /** Whether {@code path} is {@code dir} or lies under it (both made absolute and normalised). */
    public static boolean isInside(Path path, Path dir) {
        return path.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize());
    }
}
