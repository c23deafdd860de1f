/**
 * The dispatcher's parts, each small enough to read in one sitting: {@link org.zwgk.publish.internal.Worker} (the
 * claim loop), {@link org.zwgk.publish.internal.Delivery} (re-check, build, call the channel),
 * {@link org.zwgk.publish.internal.Recorder} (write the outcome under the claim's fence),
 * {@link org.zwgk.publish.internal.Refresher} (ACCEPTED publications of refreshing channels) and
 * {@link org.zwgk.publish.internal.LeaseKeeper} (renews the lease of every delivery in progress). All SQL is in
 * {@code org.zwgk.store.internal}. Not exported.
 */
package org.zwgk.publish.internal;
