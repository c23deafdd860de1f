/**
 * The State Council's yearly holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知) read from its text, as
 * pasted from the government website, into a year file of {@code schemas/calendar.schema.json}; special notices
 * (2019 劳动节, 2020 春节) applied on top; and the difference a new year file makes. Pure text parsing: it never
 * guesses a date — what it cannot read is an error quoting the sentence.
 */
package org.zwgk.calendar.notice;
