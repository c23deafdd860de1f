/**
 * Time-limit rules (公开时限) and statutory deadlines: the phrase parser for catalogue time limits, counting
 * conventions (Civil Code Arts. 201–203), clock events (pause, extension, restart; OGI Arts. 30–34) and
 * deadlines that explain themselves with a trace.
 */
package org.zwgk.timelimit;
