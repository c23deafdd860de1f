package org.zwgk.check;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The facts behind a finding, as far as they apply (every field may be null): what, where and when. Personal data is
 * never held here unmasked.
 *
 * @param itemId      the registered item ({@code gate.register}), or an application id for application findings
 * @param title       its title (名称)
 * @param indexNumber 索引号
 * @param channel     the channel id ({@code website}, {@code wechat} …)
 * @param page        a page or file of the site, relative to the site directory ({@code items/x.html})
 * @param target      what a link points to, or a missing file, relative to the site directory
 * @param due         the day something was due
 * @param date        the day it happened (published, issued, interpreted), if it did
 * @param period      a period of a periodic item, e.g. {@code 2025-03}, {@code 2025-Q2}, {@code 2025}
 * @param at          an exact time, e.g. when an entry was queued
 * @param value       a masked value ({@code 350524********1234}) or a count
 * @param count       how many pages, columns … the finding stands for (1 when it is about one thing)
 */
public record Evidence(String itemId, String title, String indexNumber, String channel, String page, String target,
                       LocalDate due, LocalDate date, String period, Instant at, String value, int count) {

    public static final Evidence NONE = new Evidence(null, null, null, null, null, null, null, null, null, null, null,
            1);

    public static Evidence item(String itemId, String title, String indexNumber) {
        return NONE.withItem(itemId, title, indexNumber);
    }

    public static Evidence page(String page) {
        return NONE.withPage(page);
    }

    public Evidence withItem(String newItemId, String newTitle, String newIndexNumber) {
        return new Evidence(newItemId, newTitle, newIndexNumber, channel, page, target, due, date, period, at, value,
                count);
    }

    public Evidence withChannel(String newChannel) {
        return new Evidence(itemId, title, indexNumber, newChannel, page, target, due, date, period, at, value, count);
    }

    public Evidence withPage(String newPage) {
        return new Evidence(itemId, title, indexNumber, channel, newPage, target, due, date, period, at, value, count);
    }

    public Evidence withTarget(String newTarget) {
        return new Evidence(itemId, title, indexNumber, channel, page, newTarget, due, date, period, at, value, count);
    }

    public Evidence withDue(LocalDate newDue) {
        return new Evidence(itemId, title, indexNumber, channel, page, target, newDue, date, period, at, value, count);
    }

    public Evidence withDate(LocalDate newDate) {
        return new Evidence(itemId, title, indexNumber, channel, page, target, due, newDate, period, at, value, count);
    }

    public Evidence withPeriod(String newPeriod) {
        return new Evidence(itemId, title, indexNumber, channel, page, target, due, date, newPeriod, at, value, count);
    }

    public Evidence withAt(Instant newAt) {
        return new Evidence(itemId, title, indexNumber, channel, page, target, due, date, period, newAt, value, count);
    }

    public Evidence withValue(String newValue) {
        return new Evidence(itemId, title, indexNumber, channel, page, target, due, date, period, at, newValue, count);
    }

    public Evidence withCount(int newCount) {
        return new Evidence(itemId, title, indexNumber, channel, page, target, due, date, period, at, value, newCount);
    }
}
