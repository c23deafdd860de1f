package org.zwgk.cli;

import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zwgk.calendar.CalendarData;
import org.zwgk.calendar.notice.Festival;
import org.zwgk.calendar.notice.HolidayNotices;
import org.zwgk.calendar.notice.NoticeImportException;
import org.zwgk.calendar.notice.NoticeProblem;
import org.zwgk.calendar.notice.NoticeText;
import org.zwgk.calendar.notice.YearArrangement;
import org.zwgk.spi.ErrorCode;
import org.zwgk.spi.ZwgkException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zwgk calendar import-notice NOTICE.txt [--special NOTICE2.txt…] --out YYYY.yaml}: the State Council's
 * holiday notice, as pasted from the government website, as a year file. Exit 0 written, 1 the text could not be
 * read (every problem printed, nothing written), 2 usage or I/O.
 */
@Command(name = "import-notice", mixinStandardHelpOptions = true,
        description = {"把国务院办公厅节假日安排通知（全文）转为年度日历文件 / Turn the State Council's holiday notice "
                + "text into a year file.",
            "退出码 / exit: 0 已写出 written, 1 通知有无法读懂之处 unreadable notice, 2 用法或读写问题 usage or I/O."})
final class CalendarImportNoticeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LangOption lang = new LangOption();

    @Parameters(index = "0", paramLabel = "NOTICE.txt", description = "通知全文（UTF-8）/ the notice text (UTF-8)")
    Path notice;

    @Option(names = "--special", paramLabel = "NOTICE2.txt",
            description = "同一年的补充通知，按顺序叠加（可重复）/ special notices of the year, applied in order (repeatable)")
    List<Path> specials = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "YYYY.yaml|DIR",
            description = "年度文件，或日历数据目录（写入 YYYY.yaml）/ the year file, or a folder (YYYY.yaml in it)")
    Path out;

    @Option(names = "--title", description = "通知标题（文本中没有标题行时）/ the title, when the text has no title line")
    String title;

    @Option(names = "--number", description = "文号，如 国办发明电〔2025〕7号 / the notice's number")
    String number;

    @Option(names = "--url", description = "通知的网址 / where the notice is published")
    String url;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale l = lang.locale();
        boolean en = ErrorCode.isEnglish(l);
        try {
            NoticeText main = new NoticeText(notice.getFileName().toString(), text(notice), title, number, url);
            List<NoticeText> extra = new ArrayList<>();
            for (Path s : specials) {
                extra.add(NoticeText.of(s.getFileName().toString(), text(s)));
            }
            YearArrangement y;
            try {
                y = HolidayNotices.read(main, extra);
            } catch (NoticeImportException e) {
                for (NoticeProblem p : e.problems()) {
                    err.println(p.message(l));
                    err.println("    " + OfficeCli.hint(l) + p.hint(l));
                }
                err.println(en ? e.problems().size() + " problems; nothing written"
                        : e.problems().size() + " 个问题；未写出文件");
                err.flush();
                return Main.FINDINGS;
            }
            Path target = Files.isDirectory(out) ? out.resolve(y.fileName()) : out;
            String name = target.getFileName().toString();
            if (!name.equals(y.year() + ".yaml") && !name.equals(y.year() + ".yml")) {
                throw OfficeCli.usage(OfficeCliErrors.NOTICE_OUT_NAME, out, y.year());
            }
            byte[] yaml = y.toYamlBytes();
            CalendarData.builder().year(name, yaml); // loads like any year file, or the coded reason why not
            OfficeCli.write(target, yaml);
            for (NoticeProblem w : y.warnings()) {
                err.println(w.message(l));
                err.println("    " + OfficeCli.hint(l) + w.hint(l));
            }
            o.println(y.notice().title() + (y.notice().number() == null ? "" : " " + y.notice().number())
                    + (y.notice().published() == null ? "" : " " + y.notice().published()));
            y.revisions().forEach(r -> o.println("  + " + r.title() + (r.published() == null ? "" : " " + r.published())));
            for (Festival f : y.festivals()) {
                o.println("  " + f.name() + " " + f.from() + ".." + f.to() + (en ? " rest" : " 放假")
                        + (f.work().isEmpty() ? "" : (en ? ", working " : "，上班 ") + f.work()));
            }
            o.println(en ? "written " + target : "已写出 " + target);
            o.flush();
            err.flush();
            return Main.OK;
        } catch (ZwgkException e) {
            return CliSupport.fail(err, e, l);
        }
    }

    /** The file as UTF-8 text (a BOM is dropped); anything else is a coded error, never mojibake. */
    private static String text(Path file) {
        byte[] bytes = OfficeCli.read(file);
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\ufeff") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw OfficeCli.usage(OfficeCliErrors.NOT_UTF8, file);
        }
    }
}
