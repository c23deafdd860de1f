package org.zwgk.request;

import org.zwgk.spi.ZwgkException;

/**
 * The applicant (OGI Art. 29: name, identity document, contact). This is personal data: {@link #toString()} shows
 * only the applicant type, and zwgk never puts these fields into log messages, exceptions, reports or anything
 * published. Organisation names are redacted as well, so one rule covers every applicant.
 *
 * @param type       the report column the applicant is counted in
 * @param name       name of the person or organisation (required)
 * @param idDocument identity document or organisation code; empty when not given
 * @param contact    address, telephone or e-mail; empty when not given
 */
public record Applicant(ApplicantType type, String name, String idDocument, String contact) {

    public Applicant {
        if (type == null) {
            throw new ZwgkException(RequestErrors.INVALID_FIELD, "applicant.type", "missing");
        }
        if (name == null || name.isBlank()) {
            throw new ZwgkException(RequestErrors.INVALID_FIELD, "applicant.name", "blank");
        }
        idDocument = idDocument == null ? "" : idDocument;
        contact = contact == null ? "" : contact;
    }

    @Override
    public String toString() {
        return "Applicant[type=" + type + ", name=***, idDocument=***, contact=***]";
    }
}
