package org.zwgk.samples.approval;

/** The fictional disclosing body of the demo (modelled on seed 000's township; not a real organisation's data). */
public final class SampleBody {
    /** 行政机关名称 (Art. 12 guide, annual report body). */
    public static final String NAME = "凤城镇人民政府";
    /** 9-character organisation code used for the 索引号 (fictional). */
    public static final String ORG_CODE = "00350524X";
    public static final String OFFICE = "凤城镇人民政府党政综合办公室";
    public static final String ADDRESS = "凤城镇凤城路1号";
    public static final String PHONE = "0595-12345678";
    public static final String HOURS = "工作日 上午8:00-12:00，下午14:30-17:30";

    private SampleBody() {
    }
}
