package org.zwgk.report;

/**
 * The rows of section 三 (收到和处理政府信息公开申请情况) of 国办公开办函〔2021〕30号, in the official order, with their
 * official labels and the block (三、本年度办理结果 and its sub-blocks) they sit in.
 */
public enum Section3Row {
    NEW_THIS_YEAR(Block.NONE, "一、本年新收政府信息公开申请数量"),
    CARRIED_FROM_LAST_YEAR(Block.NONE, "二、上年结转政府信息公开申请数量"),
    DISCLOSED(Block.RESULT, "（一）予以公开"),
    PARTIALLY_DISCLOSED(Block.RESULT, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    WITHHELD_STATE_SECRET(Block.WITHHELD, "1.属于国家秘密"),
    WITHHELD_LAW_PROHIBITS(Block.WITHHELD, "2.其他法律行政法规禁止公开"),
    WITHHELD_THREE_SECURITIES_ONE_STABILITY(Block.WITHHELD, "3.危及“三安全一稳定”"),
    WITHHELD_THIRD_PARTY_RIGHTS(Block.WITHHELD, "4.保护第三方合法权益"),
    WITHHELD_INTERNAL_AFFAIRS(Block.WITHHELD, "5.属于三类内部事务信息"),
    WITHHELD_PROCESS_INFORMATION(Block.WITHHELD, "6.属于四类过程性信息"),
    WITHHELD_ENFORCEMENT_CASE_FILE(Block.WITHHELD, "7.属于行政执法案卷"),
    WITHHELD_ADMINISTRATIVE_QUERY(Block.WITHHELD, "8.属于行政查询事项"),
    UNABLE_NOT_HELD(Block.UNABLE, "1.本机关不掌握相关政府信息"),
    UNABLE_REQUIRES_PROCESSING(Block.UNABLE, "2.没有现成信息需要另行制作"),
    UNABLE_STILL_UNCLEAR(Block.UNABLE, "3.补正后申请内容仍不明确"),
    NOT_PROCESSED_PETITION(Block.NOT_PROCESSED, "1.信访举报投诉类申请"),
    NOT_PROCESSED_REPEAT(Block.NOT_PROCESSED, "2.重复申请"),
    NOT_PROCESSED_PUBLICATION(Block.NOT_PROCESSED, "3.要求提供公开出版物"),
    NOT_PROCESSED_EXCESSIVE(Block.NOT_PROCESSED, "4.无正当理由大量反复申请"),
    NOT_PROCESSED_CONFIRM_OR_REISSUE(Block.NOT_PROCESSED, "5.要求行政机关确认或重新出具已获取信息"),
    /** Sub-rows of （六）其他处理 are UNCONFIRMED (reference §7). */
    OTHER_NO_CORRECTION(Block.OTHER, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    OTHER_FEE_NOT_PAID(Block.OTHER, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    OTHER_OTHER(Block.OTHER, "3.其他"),
    RESULT_TOTAL(Block.RESULT, "（七）总计"),
    CARRIED_TO_NEXT_YEAR(Block.NONE, "四、结转下年度继续办理");

    /** Grouping of rows under 三、本年度办理结果, for the merged cells of the official table. */
    public enum Block {
        NONE(""),
        RESULT(""),
        WITHHELD("（三）不予公开"),
        UNABLE("（四）无法提供"),
        NOT_PROCESSED("（五）不予处理"),
        OTHER("（六）其他处理");

        private final String labelZh;

        Block(String labelZh) {
            this.labelZh = labelZh;
        }

        public String labelZh() {
            return labelZh;
        }

        /** True for the rows inside 三、本年度办理结果. */
        public boolean isResult() {
            return this != NONE;
        }
    }

    /** The heading of the whole result block. */
    public static final String RESULT_HEADING = "三、本年度办理结果";

    private final Block block;
    private final String labelZh;

    Section3Row(Block block, String labelZh) {
        this.block = block;
        this.labelZh = labelZh;
    }

    public Block block() {
        return block;
    }

    public String labelZh() {
        return labelZh;
    }

    /** True for the outcome rows summed into （七）总计. */
    public boolean isOutcome() {
        return block.isResult() && this != RESULT_TOTAL;
    }
}
