/**
 * Working-day calendars: the national calendar from the State Council's yearly notices (2019 onwards), regional and
 * body-specific layers, and O(1) working-day arithmetic. Dates beyond the data are flagged, never guessed.
 */
package org.zwgk.calendar;
