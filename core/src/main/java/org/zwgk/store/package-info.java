/**
 * JDBC storage with migrations shipped in the jar. H2 (file mode) is the embedded default; PostgreSQL is
 * supported and tested against a real server. Dialect differences live in one place.
 */
package org.zwgk.store;
