package org.zwgk.spring;

import org.zwgk.spi.ErrorCode;

/**
 * Error codes of the Spring Boot integration (7000–7049), documented in {@code docs/errors.md}. The Flowable
 * integration has 7050–7099.
 */
public final class SpringErrors {

    private SpringErrors() {
    }

    public static final ErrorCode NO_TRANSACTION = ErrorCode.of("ZWGK-7001",
            "没有进行中的 Spring 事务：公开义务必须与业务数据在同一事务中提交，zwgk 不在自动提交模式下调用闸门",
            "No Spring transaction is active: disclosure obligations must commit with the business data, so zwgk "
                    + "never calls the gate in auto-commit mode",
            "在 @Transactional 方法中或 TransactionTemplate 内调用 SpringGate.current()（传播行为不能是 SUPPORTS、NOT_SUPPORTED 或 "
                    + "NEVER）；见 docs/spring.md",
            "Call SpringGate.current() inside a @Transactional method or a TransactionTemplate (propagation not "
                    + "SUPPORTS, NOT_SUPPORTED or NEVER); see docs/spring.md");
    public static final ErrorCode READ_ONLY_TRANSACTION = ErrorCode.of("ZWGK-7002",
            "当前 Spring 事务是只读事务，闸门需要写入公开义务", "The current Spring transaction is read-only; the gate "
                    + "writes obligations",
            "去掉 @Transactional(readOnly = true)，或在读写事务中调用闸门。",
            "Remove readOnly = true from @Transactional, or call the gate in a read-write transaction.");
    public static final ErrorCode OTHER_DATASOURCE = ErrorCode.of("ZWGK-7003",
            "当前 Spring 事务没有绑定 zwgk 使用的数据源 {0}（事务管理器管理的是另一个数据源，或是 JTA 事务）",
            "The current Spring transaction holds no connection of zwgk's DataSource {0} (its transaction manager "
                    + "manages another DataSource, or it is a JTA transaction)",
            "让事务管理器与 zwgk 使用同一个 DataSource 实例；多数据源或动态路由数据源见 docs/spring.md。",
            "Let the transaction manager and zwgk use the same DataSource instance; for several or routed "
                    + "DataSources see docs/spring.md.");
    /** {@code {0}}/{@code {1}}: the unknown keys with suggestions, in Chinese/English. */
    public static final ErrorCode UNKNOWN_SETTING = ErrorCode.of("ZWGK-7004",
            "应用配置含未知的 zwgk 设置项：{0}", "The application configuration has unknown zwgk settings: {1}",
            "改正拼写或删除该项（拼错的设置项会被悄悄忽略，所以 zwgk 拒绝启动）。全部设置项见 docs/spring.md；渠道配置项 "
                    + "zwgk.channel.* 由渠道检查。",
            "Fix the spelling or remove the key (a misspelt setting would be ignored silently, so zwgk refuses to "
                    + "start). Every setting: docs/spring.md; zwgk.channel.* keys are checked by the channels.");
    public static final ErrorCode BAD_SETTING = ErrorCode.of("ZWGK-7005",
            "设置项 {0} 的值 {1} 无效（应为 {2}）", "Setting {0} has the invalid value {1} (expected {2})",
            "按 docs/spring.md 改正该值。", "Correct the value as described in docs/spring.md.");
    public static final ErrorCode CATALOGUE_NOT_SET = ErrorCode.of("ZWGK-7006",
            "没有配置政务公开事项标准目录（zwgk.catalogue）", "No standard catalogue is configured (zwgk.catalogue)",
            "设置 zwgk.catalogue=classpath:zwgk/catalogue.yaml（或文件路径）；宿主自己提供目录时声明 CatalogueView 类型的 Bean。",
            "Set zwgk.catalogue=classpath:zwgk/catalogue.yaml (or a file path); a host that provides its own "
                    + "catalogue declares a CatalogueView bean.");
    public static final ErrorCode DATASOURCE_AMBIGUOUS = ErrorCode.of("ZWGK-7007",
            "有多个 DataSource（{0}），无法确定 zwgk 使用哪一个", "There are several DataSources ({0}); zwgk cannot tell "
                    + "which one to use",
            "把业务主库标记为 @Primary，或用 @ZwgkDataSource 标注给 zwgk 使用的那个 DataSource Bean；见 docs/spring.md。",
            "Mark the main business DataSource @Primary, or annotate the one for zwgk with @ZwgkDataSource; see "
                    + "docs/spring.md.");
    public static final ErrorCode NO_CHANNEL_FOR_DISPATCHER = ErrorCode.of("ZWGK-7008",
            "分发器已启用（zwgk.dispatch.enabled），但没有启用任何渠道", "The dispatcher is enabled (zwgk.dispatch.enabled) "
                    + "but no channel is enabled",
            "启用至少一个渠道（如 zwgk.channel.website.enabled=true 及其配置项）；由独立的 zwgk dispatch 进程分发时设置 "
                    + "zwgk.dispatch.enabled=false。",
            "Enable at least one channel (e.g. zwgk.channel.website.enabled=true and its keys), or set "
                    + "zwgk.dispatch.enabled=false when a separate zwgk dispatch process delivers.");
}
