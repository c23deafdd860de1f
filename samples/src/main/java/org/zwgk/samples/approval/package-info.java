/**
 * The sample approval system: a small OA (发文 + 事项办理) that embeds zwgk the way a vendor would, and
 * {@link org.zwgk.samples.approval.DemoRun}, one reproducible year of it (what {@code zwgk demo} runs).
 */
package org.zwgk.samples.approval;
