/**
 * Calendar SPI: providers of day kinds (working day, weekend rest day, statutory holiday, adjusted working day /
 * 调休上班) with their coverage, version and provenance. Regional layers stack on top of the national calendar.
 */
package org.zwgk.spi.calendar;
