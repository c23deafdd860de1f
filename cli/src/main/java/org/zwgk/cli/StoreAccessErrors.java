package org.zwgk.cli;

import org.zwgk.spi.ErrorCode;

/** Error codes of opening the default H2 file store from several processes (9210–9229). */
public final class StoreAccessErrors {

    private StoreAccessErrors() {
    }

    public static final ErrorCode H2_IN_USE = ErrorCode.of("ZWGK-9210",
            "H2 数据库文件 {0} 正被另一个进程使用", "The H2 database file {0} is in use by another process",
            "嵌入式 H2 同一时间只允许一个进程打开文件。要让应用、zwgk dispatch 和 zwgk outbox 等命令同时使用它，每个进程的 URL 都加上 "
                    + ";AUTO_SERVER=TRUE（例如 jdbc:h2:file:./zwgk;AUTO_SERVER=TRUE，见 docs/gate.md）；或先停止另一个进程。",
            "Embedded H2 lets one process open the file at a time. For the application, zwgk dispatch and commands such "
                    + "as zwgk outbox to use it side by side, add ;AUTO_SERVER=TRUE to the URL in every process (e.g. "
                    + "jdbc:h2:file:./zwgk;AUTO_SERVER=TRUE, see docs/gate.md); or stop the other process first.");
    public static final ErrorCode AUTO_SERVER_CLOSE_ON_EXIT = ErrorCode.of("ZWGK-9211",
            "URL {0} 同时设置了 AUTO_SERVER=TRUE 和 DB_CLOSE_ON_EXIT=FALSE，H2 不支持这一组合",
            "The URL {0} sets both AUTO_SERVER=TRUE and DB_CLOSE_ON_EXIT=FALSE, which H2 does not support",
            "去掉 DB_CLOSE_ON_EXIT=FALSE：zwgk dispatch 收到停止信号时先完成手中的投递并记录结果，再让 H2 关闭数据库。",
            "Remove DB_CLOSE_ON_EXIT=FALSE: on a stop signal zwgk dispatch finishes and records the delivery in hand "
                    + "before H2 closes the database.");
}
