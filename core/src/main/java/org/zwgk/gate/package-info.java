/**
 * The gate: the one API an approval system calls inside its own transaction to register disclosure obligations
 * and to refuse completing a step whose obligations are neither published nor legally exempted.
 */
package org.zwgk.gate;
