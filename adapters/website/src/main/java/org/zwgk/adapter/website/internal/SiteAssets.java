package org.zwgk.adapter.website.internal;

/**
 * The site's style sheet and its one small script (the 适老化 text-size control): written with the pages, loaded from
 * the site itself. Colours meet WCAG AA on white (body #1a1a1a, links #0b4f9c, accents #9b1c1c), focus is always
 * visible, line spacing 1.7 (the 适老化 rules ask for at least 1.3), and sizes are in rem so the control and the
 * browser's zoom scale everything.
 */
final class SiteAssets {

    static final String SITE_JS = "site.js";

    private SiteAssets() {
    }

    static final String CSS = """
            :root { color: #1a1a1a; background: #ffffff; font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
            body { max-width: 60rem; margin: 0 auto; padding: 0 1rem; line-height: 1.7; }
            a { color: #0b4f9c; }
            a:focus, main:focus, button:focus, input:focus { outline: 3px solid #b35900; outline-offset: 2px; }
            .skip { position: absolute; left: -999px; top: 0; background: #ffffff; padding: .5rem; }
            .skip:focus { left: 1rem; }
            header { border-bottom: 2px solid #9b1c1c; }
            .site { font-size: 1.25rem; font-weight: bold; }
            .site a { color: #9b1c1c; text-decoration: none; }
            .tools { margin: .25rem 0; }
            .tools button, .search button { font: inherit; margin-left: .25rem; padding: .15rem .6rem; color: #1a1a1a;
              background: #f0f0f0; border: 1px solid #6b6b6b; border-radius: 3px; cursor: pointer; }
            .tools button[aria-pressed="true"] { background: #1a1a1a; color: #ffffff; font-weight: bold; }
            nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1rem; }
            table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
            caption { text-align: left; font-weight: bold; padding: .25rem 0; }
            th, td { border: 1px solid #6b6b6b; padding: .35rem .5rem; text-align: left; vertical-align: top; }
            th { background: #f0f0f0; }
            .notice { border: 2px solid #9b1c1c; padding: .5rem 1rem; background: #fff5f5; }
            .parts { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
            .parts section { border: 1px solid #6b6b6b; padding: 0 1rem .5rem; }
            .search input { font: inherit; padding: .2rem .4rem; border: 1px solid #6b6b6b; min-width: 14rem; }
            #results li { margin-bottom: .6rem; }
            .hit-meta { color: #4d4d4d; font-size: .9rem; }
            .scroll { overflow-x: auto; }
            .scroll:focus { outline: 3px solid #b35900; outline-offset: 2px; }
            table.catalogue { min-width: 72rem; font-size: .9rem; }
            td ul { margin: 0; padding-left: 1.2rem; }
            ul.elements { list-style: none; padding-left: 0; margin-top: .25rem; }
            footer { border-top: 1px solid #6b6b6b; margin-top: 2rem; font-size: .9rem; }
            """;

    /**
     * The text-size control: shows the buttons (hidden without script), applies and remembers the chosen size
     * (100 %, 125 %, 150 % of the root font size) in {@code localStorage} when the browser allows it.
     */
    static final String JS = """
            (function () {
              'use strict';
              var KEY = 'zwgk-text-size';
              function apply(size) {
                document.documentElement.style.fontSize = size + '%';
                var buttons = document.querySelectorAll('.tools button');
                for (var i = 0; i < buttons.length; i++) {
                  buttons[i].setAttribute('aria-pressed', buttons[i].getAttribute('data-size') === String(size) ? 'true' : 'false');
                }
              }
              function stored() {
                try { return window.localStorage.getItem(KEY); } catch (e) { return null; }
              }
              function store(size) {
                try { window.localStorage.setItem(KEY, String(size)); } catch (e) { /* not allowed: this page only */ }
              }
              document.addEventListener('DOMContentLoaded', function () {
                var tools = document.querySelector('.tools');
                if (!tools) { return; }
                tools.hidden = false;
                var saved = stored();
                if (saved === '100' || saved === '125' || saved === '150') { apply(saved); }
                tools.addEventListener('click', function (e) {
                  var size = e.target && e.target.getAttribute ? e.target.getAttribute('data-size') : null;
                  if (size) { apply(size); store(size); }
                });
              });
            })();
            """;
}
