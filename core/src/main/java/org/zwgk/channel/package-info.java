/**
 * Channel configuration and the provider registry: one {@code .properties} or YAML file for every channel
 * ({@code zwgk.channel.<id>.enabled} plus each provider's own keys), providers registered explicitly or discovered
 * through {@link java.util.ServiceLoader} into an immutable {@link org.zwgk.channel.ChannelRegistry}, every problem of
 * every channel reported at once with codes ZWGK-5000–5099, file and line, secrets never printed. Entry point:
 * {@code ChannelRegistry.discovering().load(file, clock)}.
 */
package org.zwgk.channel;
