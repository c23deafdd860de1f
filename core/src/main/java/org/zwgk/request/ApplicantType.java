package org.zwgk.request;

/**
 * Who applied (OGI Art. 27), in the columns of section 三 of the annual report (国办公开办函〔2021〕30号):
 * 自然人 | 法人或其他组织 {商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他}.
 */
public enum ApplicantType {
    NATURAL_PERSON("自然人", "naturalPerson"),
    COMMERCIAL_ENTERPRISE("商业企业", "commercialEnterprise"),
    RESEARCH_INSTITUTION("科研机构", "researchInstitution"),
    PUBLIC_INTEREST_ORGANISATION("社会公益组织", "publicInterestOrganisation"),
    LEGAL_SERVICE_ORGANISATION("法律服务机构", "legalServiceOrganisation"),
    OTHER_ORGANISATION("其他", "otherOrganisation");

    private final String labelZh;
    private final String jsonKey;

    ApplicantType(String labelZh, String jsonKey) {
        this.labelZh = labelZh;
        this.jsonKey = jsonKey;
    }

    /** The report's column heading. */
    public String labelZh() {
        return labelZh;
    }

    /** The stable field name of this column in the report JSON. */
    public String jsonKey() {
        return jsonKey;
    }

    /** True for the five columns under 法人或其他组织. */
    public boolean isOrganisation() {
        return this != NATURAL_PERSON;
    }
}
