package org.zwgk.cli;

import org.zwgk.spi.ErrorCode;

/** Error codes of {@code zwgk demo} (9200–9249). */
public final class DemoErrors {

    private DemoErrors() {
    }

    public static final ErrorCode OUT_UNUSABLE = ErrorCode.of("ZWGK-9200",
            "无法使用输出目录 {0}：{1}", "Cannot use the output directory {0}: {1}",
            "指定一个可写的目录（不存在时会自动创建），例如 --out ./zwgk-demo。",
            "Give a writable directory (created if missing), e.g. --out ./zwgk-demo.");
    public static final ErrorCode BAD_ITEMS = ErrorCode.of("ZWGK-9201",
            "--items 的值 {0} 超出范围 20–100000", "The value {0} of --items is outside 20–100000",
            "演示至少需要 20 条文件（包含固定的五公开事项、撤回和依申请公开案例）。",
            "The demo needs at least 20 documents (it includes fixed 五公开 matters, a repeal and applications).");
    public static final ErrorCode STORE_UNAVAILABLE = ErrorCode.of("ZWGK-9202",
            "无法打开数据库 {0}（SQLState {1}）", "Cannot open the store {0} (SQLState {1})",
            "检查 JDBC URL、数据库是否在运行、用户名和口令；H2 文件库同一时间只能由一个进程打开。",
            "Check the JDBC URL, that the database is running, the user and password; an H2 file database can be "
                    + "open in one process at a time.");
    public static final ErrorCode CONFIG_UNREADABLE = ErrorCode.of("ZWGK-9203",
            "无法读取演示配置文件 {0}：{1}", "Cannot read the demo configuration {0}: {1}",
            "配置文件为 .properties 或 .yaml，渠道写在 zwgk.channel.<渠道>.*，数据库写在 zwgk.store.url（见 docs/demo.md）。",
            "The file is .properties or .yaml with channels under zwgk.channel.<id>.* and the store under "
                    + "zwgk.store.url (see docs/demo.md).");
    public static final ErrorCode DATABASE_ERROR = ErrorCode.of("ZWGK-9204",
            "演示运行时数据库出错（SQLState {0}），已完成的部分已保存", "Database error during the demo (SQLState {0}); "
                    + "what was completed is saved",
            "排除数据库问题后重新运行同一命令：演示会从中断处继续，不会重复。",
            "Fix the database problem and run the same command again: the demo resumes where it stopped, without "
                    + "duplicates.");
    public static final ErrorCode OUTPUT_ERROR = ErrorCode.of("ZWGK-9205",
            "无法写入演示输出 {0}", "Cannot write the demo output {0}",
            "检查磁盘空间和目录权限，然后重新运行（会从中断处继续）。",
            "Check disk space and permissions, then run again (it resumes).");
    public static final ErrorCode BAD_LANG = ErrorCode.of("ZWGK-9206",
            "--lang 的值 {0} 无效", "Invalid --lang value {0}",
            "使用 zh（默认）或 en。", "Use zh (default) or en.");
    public static final ErrorCode NO_CHANNELS = ErrorCode.of("ZWGK-9207",
            "配置文件 {0} 没有启用任何渠道，演示无处发布", "The configuration {0} enables no channel; the demo has nowhere "
                    + "to publish",
            "至少启用 website 或 archive（zwgk.channel.website.enabled=true），或去掉 --config 使用默认渠道。",
            "Enable at least website or archive (zwgk.channel.website.enabled=true), or drop --config for the "
                    + "default channels.");
}
