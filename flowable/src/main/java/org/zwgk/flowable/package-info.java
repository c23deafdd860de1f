/**
 * zwgk in Flowable 7 on Spring Boot: {@link org.zwgk.flowable.GateTaskListener} refuses to complete a gated user
 * task while its obligations are unmet; {@link org.zwgk.flowable.ZwgkDelegate} runs the gate's steps as service
 * tasks; {@link org.zwgk.flowable.StepIds} names a user task as a zwgk step. Guide: docs/flowable.md.
 */
package org.zwgk.flowable;
