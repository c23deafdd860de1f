package org.zwgk.lifecycle;

import org.zwgk.spi.ErrorCode;

/** Error codes of the verifiable record: the log key, content checks, verification (3360–3379). */
public final class RecordErrors {

    private RecordErrors() {
    }

    public static final ErrorCode LOG_KEY_TOO_SHORT = ErrorCode.of("ZWGK-3360",
            "日志密钥 zwgk.log.key 只有 {0} 个字符，至少需要 {1} 个", "The log key zwgk.log.key has {0} characters; it "
                    + "needs at least {1}",
            "用随机生成的长字符串作密钥（如 openssl rand -base64 32 的输出），保存在数据库以外（配置中心、密钥库）。",
            "Use a long random string (e.g. the output of openssl rand -base64 32) and keep it outside the database "
                    + "(a configuration service or key store).");
    public static final ErrorCode CONTENT_CHANGED = ErrorCode.of("ZWGK-3361",
            "信息 {0} 的{1}在登记或审查后被改动（库中内容的摘要与日志记录不符），不能发布",
            "The {1} of item {0} was changed after it was registered or reviewed (its digest no longer matches the "
                    + "log); it cannot be published",
            "有人绕过 zwgk 修改了数据库中的内容。先查明原因（数据库审计记录），不要发布；需要更正时撤回后以新编号登记。",
            "Someone changed the content in the database behind zwgk's back. Find out why (database audit records) "
                    + "before anything else; to correct a document, withdraw it and register the corrected one anew.");
    public static final ErrorCode KEY_REQUIRED = ErrorCode.of("ZWGK-3362",
            "日志中有用密钥 {0} 签名的事件，校验需要该密钥（zwgk.log.key）",
            "The log has events signed with key {0}; verifying them needs that key (zwgk.log.key)",
            "在 --config 文件或环境中提供 zwgk.log.key 后再校验。",
            "Provide zwgk.log.key in the --config file or the environment and verify again.");
    public static final ErrorCode PUBLIC_VERSION_REQUIRED = ErrorCode.of("ZWGK-3363",
            "信息 {0} 为部分公开，尚无公开版本，不能发布（原件不得进入公开渠道）",
            "Item {0} is a partial disclosure without a public version and cannot be published (the original never "
                    + "reaches a public channel)",
            "用 gate.publicVersion(...) 提供删除或遮盖后的公开版本（逐条记录删除内容的类别、依据与位置），保密审查后再发布。",
            "Supply the redacted public version with gate.publicVersion(...) (each redaction with category, ground and "
                    + "location), have it secrecy-reviewed, then publish.");
}
