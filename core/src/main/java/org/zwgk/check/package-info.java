/**
 * The self-check ({@code zwgk check}): the indicators assessors use on the disclosure column (国办秘函〔2019〕19号,
 * reference §15) applied to zwgk's own records and site before they come. {@link org.zwgk.check.SelfCheck} runs it;
 * {@link org.zwgk.check.CheckReport} holds the {@link org.zwgk.check.Finding}s; {@link org.zwgk.check.CheckJson} and
 * {@link org.zwgk.check.CheckHtml} write them. Implementation in {@code org.zwgk.check.internal}; the reads in the
 * persistence layer ({@code CheckRows}).
 */
package org.zwgk.check;
