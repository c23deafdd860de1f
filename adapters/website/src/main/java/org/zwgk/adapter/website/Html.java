package org.zwgk.adapter.website;

/**
 * The escaping the website channel applies to everything it writes into HTML and XML (pages, Atom feed, sitemap):
 * {@link org.zwgk.spi.Html#escape(String)}, kept here under its published name.
 */
public final class Html {

    private Html() {
    }

    /** See {@link org.zwgk.spi.Html#escape(String)}. */
    public static String escape(String s) {
        return org.zwgk.spi.Html.escape(s);
    }
}
