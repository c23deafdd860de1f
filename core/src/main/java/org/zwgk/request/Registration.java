package org.zwgk.request;

import org.zwgk.timelimit.ReceiptRules;
import java.time.LocalDate;
import org.zwgk.spi.ZwgkException;

/**
 * What is recorded at 登记 (registration).
 *
 * @param id         the organ's registration number
 * @param body       the organ handling the application (the report is per body)
 * @param applicant  personal data, see {@link Applicant}
 * @param request    the description of the information sought (Art. 29(2)); may contain personal data, so it is
 *                   kept out of {@link #toString()} as well
 * @param channel    how it arrived
 * @param receivedOn the receipt date fixed by the channel under Art. 31 (see {@link #of})
 */
public record Registration(ApplicationId id, String body, Applicant applicant, String request,
                           ReceiptRules.Channel channel, LocalDate receivedOn) {

    public Registration {
        require(id, "id");
        if (body == null || body.isBlank()) {
            throw new ZwgkException(RequestErrors.INVALID_FIELD, "body", "blank");
        }
        require(applicant, "applicant");
        if (request == null || request.isBlank()) {
            throw new ZwgkException(RequestErrors.INVALID_FIELD, "request", "blank");
        }
        require(channel, "channel");
        require(receivedOn, "receivedOn");
    }

    /**
     * A registration whose receipt date follows from the submission facts under Art. 31
     * ({@link ReceiptRules#receiptDate}: submission day in person, signing day for registered post, the confirmed
     * day for ordinary mail, online and fax).
     */
    public static Registration of(ApplicationId id, String body, Applicant applicant, String request,
                                  ReceiptRules.Submission submission) {
        return new Registration(id, body, applicant, request, submission.channel(),
                ReceiptRules.receiptDate(submission));
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new ZwgkException(RequestErrors.INVALID_FIELD, field, "missing");
        }
    }

    @Override
    public String toString() {
        return "Registration[id=" + id + ", body=" + body + ", applicantType=" + applicant.type() + ", channel="
                + channel + ", receivedOn=" + receivedOn + "]";
    }
}
