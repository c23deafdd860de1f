package org.zwgk.timelimit;

import java.time.LocalDate;
import java.util.Objects;
import org.zwgk.spi.ZwgkException;

/**
 * The date of receipt of an application for disclosure, by channel (OGI Art. 31). The reply period of Art. 33
 * counts from this day (the day itself not counted).
 */
public final class ReceiptRules {

    private ReceiptRules() {
    }

    /** How an application was submitted. */
    public enum Channel {
        /** 当面提交: the day of submission. */
        IN_PERSON("当面提交", "in person", "提交之日 / submission day"),
        /** 以邮寄方式提交: the day the organ signs for it. */
        SIGNED_POST("邮寄(需签收)", "post requiring signature", "签收之日 / signing day"),
        /** 以平常信函等无需签收的邮寄方式提交: the day confirmed with the applicant. */
        ORDINARY_MAIL("平常信函", "ordinary mail", "与申请人确认之日 / day confirmed with the applicant"),
        /** 通过互联网渠道提交: the day both sides confirm. */
        ONLINE("互联网渠道", "online", "双方确认之日 / day both sides confirm"),
        /** 以传真方式提交: the day both sides confirm. */
        FAX("传真", "fax", "双方确认之日 / day both sides confirm");

        private final String label;
        private final String labelEn;
        private final String needs;

        Channel(String label, String labelEn, String needs) {
            this.label = label;
            this.labelEn = labelEn;
            this.needs = needs;
        }

        public String label() {
            return label;
        }

        public String labelEn() {
            return labelEn;
        }
    }

    /**
     * The facts of one submission; only the date the channel's rule needs is required.
     *
     * @param submittedOn day handed in (in person) or sent
     * @param signedOn    day the organ signed for a registered letter
     * @param confirmedOn day the receipt was confirmed with the applicant (ordinary mail) or by both sides
     *                    (online, fax)
     */
    public record Submission(Channel channel, LocalDate submittedOn, LocalDate signedOn, LocalDate confirmedOn) {
        public Submission {
            Objects.requireNonNull(channel, "channel");
        }
    }

    /** The day of receipt under Art. 31; throws {@link TimeLimitErrors#RECEIPT_DATE_MISSING} when unknown. */
    public static LocalDate receiptDate(Submission s) {
        LocalDate d = switch (s.channel()) {
            case IN_PERSON -> s.submittedOn();
            case SIGNED_POST -> s.signedOn();
            case ORDINARY_MAIL, ONLINE, FAX -> s.confirmedOn();
        };
        if (d == null) {
            throw new ZwgkException(TimeLimitErrors.RECEIPT_DATE_MISSING, s.channel().label(), s.channel().needs);
        }
        return d;
    }
}
