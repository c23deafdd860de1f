package org.zwgk.gate;

/**
 * 有效性 (时效) of a document, as government portals show it in the metadata block of every item (reference §
 * page fields: 名称, 索引号, 发布机构, 文号, 成文日期, 有效性). Stated by the host at registration; default {@link #VALID}.
 */
public enum Validity {
    /** 有效: in force. */
    VALID("有效"),
    /** 已修改: in force as amended by a later document. */
    AMENDED("已修改"),
    /** 失效: no longer in force (expired by its own term or superseded). */
    EXPIRED("失效"),
    /** 废止: expressly repealed. */
    REPEALED("废止");

    private final String label;

    Validity(String label) {
        this.label = label;
    }

    /** The Chinese label channels print (有效, 已修改, 失效, 废止). */
    public String label() {
        return label;
    }
}
