-- zwgk applications for disclosure (依申请公开) and the annual-report period lock.
-- Portable SQL: H2 and PostgreSQL. Applied by org.zwgk.store.Migrations with the core schema.
CREATE TABLE IF NOT EXISTS zwgk_request_application (
    id                    VARCHAR(64)   NOT NULL PRIMARY KEY,
    body                  VARCHAR(200)  NOT NULL,
    applicant_type        VARCHAR(40)   NOT NULL,
    -- personal data (OGI Art. 29): never logged, never published
    applicant_name        VARCHAR(400)  NOT NULL,
    applicant_id_document VARCHAR(100)  NOT NULL,
    applicant_contact     VARCHAR(400)  NOT NULL,
    request_text          VARCHAR(8000) NOT NULL,
    channel               VARCHAR(20)   NOT NULL,
    received_on           DATE          NOT NULL,
    version               BIGINT        NOT NULL
);
CREATE INDEX IF NOT EXISTS zwgk_request_application_body ON zwgk_request_application (body);
CREATE TABLE IF NOT EXISTS zwgk_request_event (
    application_id VARCHAR(64)   NOT NULL REFERENCES zwgk_request_application (id),
    seq            INT           NOT NULL,
    kind           VARCHAR(40)   NOT NULL,
    on_date        DATE          NOT NULL,
    payload        VARCHAR(8000) NOT NULL,
    PRIMARY KEY (application_id, seq)
);
CREATE TABLE IF NOT EXISTS zwgk_report_period_lock (
    body      VARCHAR(200) NOT NULL,
    report_year INT        NOT NULL,
    issued_on DATE         NOT NULL,
    PRIMARY KEY (body, report_year)
);
