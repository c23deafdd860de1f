package org.zwgk.gate;

import org.zwgk.spi.channel.Publication;

/**
 * The part of the disclosure column (政府信息公开专栏, the same first-level structure everywhere: 国办公开办函〔2019〕61号,
 * reference §14) an item is published under. The guide (指南) and the application entry (依申请公开) are built by the
 * website from its configuration; everything a host publishes is one of these.
 */
public enum DisclosureColumn {
    /** 法定主动公开内容: the information of the standard catalogue, filed by domain (the default). */
    STATUTORY("法定主动公开内容", null),
    /** 政府信息公开制度: the body's rules and procedures of disclosure (公开、审查、申请办理 …). */
    RULES("政府信息公开制度", Publication.COLUMN_RULES),
    /** 政府信息公开年报: the annual reports (Arts. 49–50), see {@link AnnualReportDisclosure}. */
    ANNUAL_REPORT("政府信息公开年报", Publication.COLUMN_ANNUAL_REPORT);

    private final String label;
    private final String key;

    DisclosureColumn(String label, String key) {
        this.label = label;
        this.key = key;
    }

    public String label() {
        return label;
    }

    /** The value of {@link Publication#COLUMN} channels receive; null for {@link #STATUTORY} (the key is absent). */
    public String key() {
        return key;
    }
}
