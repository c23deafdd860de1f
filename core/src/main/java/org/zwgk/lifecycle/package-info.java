/**
 * The lifecycle of a disclosure item (classified → reviewed → published → interpreted → archived, plus
 * withdrawal), the 五公开 stages of a host matter, and the tamper-evident append-only event log.
 */
package org.zwgk.lifecycle;
