package org.zwgk.report;

import java.util.EnumMap;
import java.util.Map;
import org.zwgk.request.ApplicantType;
import org.zwgk.spi.ZwgkException;

/**
 * One row of section 三 across its columns: 自然人 | 法人或其他组织 {商业企业, 科研机构, 社会公益组织, 法律服务机构,
 * 其他} | 总计. {@code total} is part of the record so that a JSON document states it explicitly; it must equal the
 * sum of the six columns.
 */
public record Counts(int naturalPerson, int commercialEnterprise, int researchInstitution,
                     int publicInterestOrganisation, int legalServiceOrganisation, int otherOrganisation, int total) {

    private static final String[] FIELDS = {"naturalPerson", "commercialEnterprise", "researchInstitution",
        "publicInterestOrganisation", "legalServiceOrganisation", "otherOrganisation", "total"};

    public static final Counts ZERO = of(0, 0, 0, 0, 0, 0);

    public Counts {
        int[] all = {naturalPerson, commercialEnterprise, researchInstitution, publicInterestOrganisation,
            legalServiceOrganisation, otherOrganisation, total};
        for (int i = 0; i < all.length; i++) {
            if (all[i] < 0) { // named by its JSON field so that ReportJson can point at it
                throw new ZwgkException(ReportErrors.NEGATIVE_FIGURE, FIELDS[i], all[i]);
            }
        }
        int sum = naturalPerson + commercialEnterprise + researchInstitution + publicInterestOrganisation
                + legalServiceOrganisation + otherOrganisation;
        if (sum != total) {
            throw new ZwgkException(ReportErrors.TOTAL_MISMATCH, "counts", total, sum);
        }
    }

    /** Counts with the total computed. */
    public static Counts of(int naturalPerson, int commercialEnterprise, int researchInstitution,
                            int publicInterestOrganisation, int legalServiceOrganisation, int otherOrganisation) {
        return new Counts(naturalPerson, commercialEnterprise, researchInstitution, publicInterestOrganisation,
                legalServiceOrganisation, otherOrganisation, naturalPerson + commercialEnterprise
                        + researchInstitution + publicInterestOrganisation + legalServiceOrganisation
                        + otherOrganisation);
    }

    static Counts of(Map<ApplicantType, Integer> m) {
        return of(m.getOrDefault(ApplicantType.NATURAL_PERSON, 0),
                m.getOrDefault(ApplicantType.COMMERCIAL_ENTERPRISE, 0),
                m.getOrDefault(ApplicantType.RESEARCH_INSTITUTION, 0),
                m.getOrDefault(ApplicantType.PUBLIC_INTEREST_ORGANISATION, 0),
                m.getOrDefault(ApplicantType.LEGAL_SERVICE_ORGANISATION, 0),
                m.getOrDefault(ApplicantType.OTHER_ORGANISATION, 0));
    }

    /** The value in one applicant column. */
    public int get(ApplicantType column) {
        return switch (column) {
            case NATURAL_PERSON -> naturalPerson;
            case COMMERCIAL_ENTERPRISE -> commercialEnterprise;
            case RESEARCH_INSTITUTION -> researchInstitution;
            case PUBLIC_INTEREST_ORGANISATION -> publicInterestOrganisation;
            case LEGAL_SERVICE_ORGANISATION -> legalServiceOrganisation;
            case OTHER_ORGANISATION -> otherOrganisation;
        };
    }

    public Counts plus(Counts o) {
        Map<ApplicantType, Integer> m = new EnumMap<>(ApplicantType.class);
        for (ApplicantType t : ApplicantType.values()) {
            m.put(t, get(t) + o.get(t));
        }
        return of(m);
    }
}
