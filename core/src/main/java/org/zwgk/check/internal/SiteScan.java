package org.zwgk.check.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zwgk.check.CheckCodes;
import org.zwgk.spi.ZwgkException;

/**
 * The static site as files: every regular file and directory (dot directories such as a site's state are not
 * public and are skipped), and every HTML page parsed once. Paths are relative to the site directory, with
 * {@code /}.
 */
final class SiteScan {

    /**
     * One page: its path, what the scanner found, and whether it is an item page: {@code items/<slug>.html} (the
     * static site's layout; not {@code items/index.html}) or any page with the article tag {@code ArticleTitle}.
     * {@code content} is kept for the pages outside {@code items/} only (the site's own pages, screened for personal
     * data; an item's page comes from the store), null otherwise.
     */
    record Page(String path, HtmlPage html, boolean itemPage, byte[] content) {
    }

    final Path root;
    final Set<String> files = new HashSet<>();
    final Set<String> directories = new HashSet<>();
    final List<Page> pages = new ArrayList<>();
    /** Text files outside {@code items/} (pages are read through {@link #pages}). */
    final List<String> textFiles = new ArrayList<>();

    private SiteScan(Path root) {
        this.root = root;
    }

    /** ZWGK-8050 unless {@code root} is a directory. */
    static void requireDirectory(Path root) {
        if (!Files.isDirectory(root)) {
            throw new ZwgkException(CheckCodes.SITE_NOT_A_DIRECTORY, root);
        }
    }

    static SiteScan of(Path root) {
        requireDirectory(root);
        SiteScan s = new SiteScan(root);
        List<Path> html = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    s.directories.add(s.rel(dir));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                        String rel = s.rel(file);
                        s.files.add(rel);
                        String lower = rel.toLowerCase(Locale.ROOT);
                        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
                            html.add(file);
                        } else if ((lower.endsWith(".txt") || lower.endsWith(".csv")) && !rel.startsWith("items/")) {
                            s.textFiles.add(rel);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new ZwgkException(CheckCodes.SITE_UNREADABLE, e, root, e.getMessage());
        }
        html.sort(null);
        for (Path p : html) {
            if (Thread.currentThread().isInterrupted()) { // the check was cancelled (SiteWork)
                throw new java.util.concurrent.CancellationException("site scan cancelled");
            }
            String rel = s.rel(p);
            byte[] content = bytes(p, rel);
            HtmlPage page = HtmlPage.parse(content);
            boolean item = rel.startsWith("items/") && rel.indexOf('/', "items/".length()) < 0
                    && !rel.equals("items/index.html") || page.metas.containsKey("ArticleTitle");
            s.pages.add(new Page(rel, page, item, rel.startsWith("items/") ? null : content));
        }
        return s;
    }

    byte[] bytes(String rel) {
        return bytes(root.resolve(rel), rel);
    }

    private static byte[] bytes(Path file, String rel) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ZwgkException(CheckCodes.SITE_UNREADABLE, e, rel, e.getMessage());
        }
    }

    private String rel(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /**
     * Where a link of {@code page} leads inside the site: the relative path of the file it names (a directory's
     * {@code index.html}), {@code ""} for the page itself (a fragment), or null when the link leaves the site's
     * files (another scheme, another host, a root-relative path) and is not the check's to follow. A link that
     * climbs above the site directory resolves to a path starting with {@code ../}.
     */
    static String resolve(String page, String link) {
        if (link.isEmpty()) {
            return "";
        }
        if (link.startsWith("//") || link.startsWith("/") || hasScheme(link)) {
            return null;
        }
        String path = link;
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        if (path.isEmpty()) {
            return "";
        }
        path = percentDecode(path);
        int slash = page.lastIndexOf('/');
        String base = slash < 0 ? "" : page.substring(0, slash + 1);
        List<String> parts = new ArrayList<>();
        int up = 0;
        for (String seg : (base + path).split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (parts.isEmpty()) {
                    up++;
                } else {
                    parts.remove(parts.size() - 1);
                }
                continue;
            }
            parts.add(seg);
        }
        String joined = "../".repeat(up) + String.join("/", parts);
        return path.endsWith("/") ? joined + (joined.isEmpty() || joined.endsWith("/") ? "" : "/") + "index.html"
                : joined;
    }

    /** {@code ^[A-Za-z][A-Za-z0-9+.-]*:} (RFC 3986 scheme), without a regex: called once per link of every page. */
    private static boolean hasScheme(String link) {
        if (link.isEmpty() || !isAsciiLetter(link.charAt(0))) {
            return false;
        }
        for (int i = 1; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** {@code %E9%99%84} → UTF-8; a malformed escape is kept as written. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
            } else {
                byte[] b = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
