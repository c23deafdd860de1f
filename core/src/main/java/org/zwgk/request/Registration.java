package org.zwgk.request;

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
 * @param receivedOn the receipt date fixed by {@link ReceiptChannel} under Art. 31
 */
public record Registration(ApplicationId id, String body, Applicant applicant, String request,
                           ReceiptChannel channel, LocalDate receivedOn) {

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
