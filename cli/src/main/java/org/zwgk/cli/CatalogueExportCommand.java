package org.zwgk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueResult;
import org.zwgk.catalogue.CatalogueValidator;
import org.zwgk.office.TableExporter;
import org.zwgk.office.TableFormat;
import org.zwgk.spi.ErrorCode;
import org.zwgk.spi.ZwgkException;
import org.zwgk.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zwgk catalogue export catalogue.yaml --out FILE.xlsx|.docx}: the catalogue as the standard printable table.
 * Exit 0 written, 1 the catalogue has errors (nothing written), 2 usage or I/O.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"把标准目录导出为可打印的 Excel/Word 表格 / Export a catalogue as a printable Excel or Word table.",
            "退出码 / exit: 0 已写出 written, 1 目录有错误 catalogue errors, 2 用法或读写问题 usage or I/O."})
final class CatalogueExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LangOption lang = new LangOption();

    @Parameters(index = "0", paramLabel = "CATALOGUE", description = "目录文件 .yaml/.yml/.json / catalogue file")
    Path catalogue;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx|FILE.docx", description = "写出的表格 / table to write")
    Path out;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale l = lang.locale();
        try {
            TableFormat format = TableFormat.forExport(out.getFileName().toString());
            if (format == null) {
                throw OfficeCli.usage(OfficeCliErrors.OUT_FORMAT, out, ".xlsx / .docx");
            }
            byte[] bytes = OfficeCli.read(catalogue);
            CatalogueResult r = CatalogueValidator.create().read(catalogue.toString(), bytes);
            for (Violation v : r.report().violations()) {
                o.println(v.toLine(l));
                o.println("    " + OfficeCli.hint(l) + v.hint(l));
            }
            if (r.catalogue().isEmpty()) {
                o.println(ErrorCode.isEnglish(l) ? r.report().errors().size() + " errors; nothing written"
                        : r.report().errors().size() + " 个错误；未写出文件");
                o.flush();
                return Main.FINDINGS;
            }
            Catalogue c = r.catalogue().get();
            byte[] table = format == TableFormat.DOCX ? TableExporter.toDocx(c) : TableExporter.toXlsx(c);
            OfficeCli.write(out, table);
            o.println(ErrorCode.isEnglish(l)
                    ? "written " + out + " (" + c.domains().size() + " domains, " + c.items().size() + " items)"
                    : "已写出 " + out + "（" + c.domains().size() + " 个领域，" + c.items().size() + " 个事项）");
            o.flush();
            return Main.OK;
        } catch (TimeCli.UsageException e) {
            return CliSupport.fail(err, e, l);
        } catch (ZwgkException e) {
            TimeCli.fail(err, e, l);
            return Main.FINDINGS; // e.g. a value longer than an Excel cell holds
        }
    }
}
