package org.zwgk.request;

/**
 * Settings whose legal basis is not confirmed (reference §2.1, §3.3) and so are configuration, not code.
 *
 * @param feeNotPaidEnabled allow closing an application as {@link NotProcessedReason#FEE_NOT_PAID} (Art. 42 and
 *                          国办函〔2020〕109号; the payment period and its effect are UNCONFIRMED). Off by default.
 */
public record RequestPolicy(boolean feeNotPaidEnabled) {

    public static RequestPolicy defaults() {
        return new RequestPolicy(false);
    }
}
