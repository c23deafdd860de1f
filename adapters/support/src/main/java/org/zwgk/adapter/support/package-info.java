/**
 * Support for zwgk's own adapters, not part of the SPI contract: {@link org.zwgk.adapter.support.Json} (strict
 * RFC 8259 reader and string quoter, so the adapters need no Jackson), {@link org.zwgk.adapter.support.Slugs}
 * (path-traversal-safe file and URL names) and {@link org.zwgk.adapter.support.AtomicFiles} (a reader sees the old
 * file or the new one, never half). Public only so that the adapter modules can share one copy; may change with any
 * zwgk release.
 */
package org.zwgk.adapter.support;
