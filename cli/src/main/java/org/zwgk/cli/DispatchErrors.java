package org.zwgk.cli;

import org.zwgk.spi.ErrorCode;

/** Error codes of the outbox and dispatch commands (9150–9199). */
public final class DispatchErrors {

    private DispatchErrors() {
    }

    public static final ErrorCode CONFIG_UNREADABLE = ErrorCode.of("ZWGK-9150",
            "无法读取分发器配置文件 {0}：{1}", "Cannot read the dispatcher configuration {0}: {1}",
            "检查路径与权限；文件为 UTF-8 的 .properties（zwgk.channel.<渠道>.<键>=值）或 .yaml。",
            "Check the path and permissions; the file is UTF-8 .properties (zwgk.channel.<id>.<key>=value) or .yaml.");
    public static final ErrorCode BAD_SETTING = ErrorCode.of("ZWGK-9153",
            "分发器设置 {0} 的值“{1}”无效：{2}", "Dispatcher setting {0} has an invalid value \"{1}\": {2}",
            "见 docs/gate.md 的分发器配置表。", "See the dispatcher settings table in docs/gate.md.");
    public static final ErrorCode NO_CHANNELS = ErrorCode.of("ZWGK-9154",
            "配置文件 {0} 没有启用任何渠道", "The configuration {0} enables no channel",
            "用 zwgk.channel.<渠道>.enabled=true 启用要投递的渠道（见 docs/channels.md）。", "Enable the channels to deliver with zwgk.channel.<id>.enabled=true (see docs/channels.md).");
    public static final ErrorCode UNKNOWN_STATUS = ErrorCode.of("ZWGK-9155",
            "未知的投递状态 {0}", "Unknown delivery status {0}",
            "可用：QUEUED、SENT、ACCEPTED、LIVE、FAILED、QUARANTINED、WITHDRAWN。",
            "Use QUEUED, SENT, ACCEPTED, LIVE, FAILED, QUARANTINED or WITHDRAWN.");
}
