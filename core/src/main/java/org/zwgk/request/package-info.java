/**
 * Applications for disclosure (依申请公开, OGI Arts. 27–45): registration with the Art. 31 receipt date, the Art. 33
 * deadline and its events, Art. 36 replies and not-processed cases, delivery and archiving.
 */
package org.zwgk.request;
