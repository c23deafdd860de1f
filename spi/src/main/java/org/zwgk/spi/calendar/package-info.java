/**
 * Calendar SPI: providers of day kinds (working day, weekend rest day, statutory holiday, adjusted working day /
 * 调休上班) with their coverage, version and provenance (the notice each year came from).
 *
 * <p>Layers ({@link org.zwgk.spi.calendar.CalendarProvider#layer()}): national data forms the base and its
 * coverages join; an autonomous region's holidays ({@code REGIONAL}) and a body's own closure days ({@code BODY})
 * are applied on top and narrow the combined coverage to their own. Outside coverage a provider says nothing and
 * consumers must flag results as provisional. zwgk core registers the national calendar as {@code cn-national}.
 */
package org.zwgk.spi.calendar;
