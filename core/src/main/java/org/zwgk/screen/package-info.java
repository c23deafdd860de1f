/**
 * Personal-data screening before anything reaches a public channel (条例 Art. 15, 个人信息保护法 Art. 28): a
 * {@link org.zwgk.screen.Screener} looks for resident identity numbers, mobile numbers, bank card numbers and a host's
 * sensitive words in a title, a body and attachments, and returns a {@link org.zwgk.screen.ScreeningReport} of
 * {@link org.zwgk.screen.Finding}s — located (page, cell, paragraph, line, offset), masked, fingerprinted. A file it
 * cannot read is itself a finding. {@link org.zwgk.screen.Masking} gives the usual 公示 masked forms.
 */
package org.zwgk.screen;
