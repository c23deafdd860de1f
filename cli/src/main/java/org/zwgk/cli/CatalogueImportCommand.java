package org.zwgk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueWriter;
import org.zwgk.office.ImportOptions;
import org.zwgk.office.OfficeErrors;
import org.zwgk.office.TableImport;
import org.zwgk.office.TableImporter;
import org.zwgk.office.TableViolation;
import org.zwgk.spi.ErrorCode;
import org.zwgk.spi.ZwgkException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zwgk catalogue import FILE.xlsx|.xls|.docx --out catalogue.yaml}: a standard catalogue from the table an
 * office publishes, through the catalogue validator; findings located in the table. Exit 0 written (warnings
 * allowed), 1 the table has errors (nothing written), 2 usage or I/O.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"从 Excel/Word 表格导入标准目录 / Import a standard catalogue from an Excel or Word table.",
            "退出码 / exit: 0 已写出 written, 1 表格有错误 table errors, 2 用法或读写问题 usage or I/O."})
final class CatalogueImportCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    LangOption lang = new LangOption();

    @Parameters(index = "0", paramLabel = "FILE", description = "表格文件 .xlsx、.xls 或 .docx / the table file")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "FILE.yaml", description = "写出的目录文件 (.yaml/.yml/.json)")
    Path out;

    @Option(names = "--sheet", paramLabel = "NAME", description = "只导入这些工作表（可重复）/ only these sheets (repeatable)")
    List<String> sheets = new ArrayList<>();

    @Option(names = "--domain", paramLabel = "NAME=CODE",
            description = "领域代码（可重复），试点领域有默认代码 / domain code (repeatable); pilot domains have defaults")
    List<String> domains = new ArrayList<>();

    @Option(names = "--id", description = "目录标识 / catalogue id") String id;
    @Option(names = "--title", description = "目录名称（默认：表格标题行）/ title (default: the title row)") String title;
    @Option(names = "--issuer", description = "发布机关 / issuing body") String issuer;
    @Option(names = "--level", description = "发布机关层级，如 乡级 / issuer's level") String level;
    @Option(names = "--region", description = "6 位行政区划代码 / division code") String region;
    @Option(names = "--catalogue-version", description = "目录版本 / catalogue version") String version;
    @Option(names = "--effective", paramLabel = "YYYY-MM-DD", description = "生效日期 / effective date") String effective;

    @Option(names = "--guideline", paramLabel = "TEXT", description = "所依据的标准指引（可重复）/ guideline (repeatable)")
    List<String> guidelines;

    @Option(names = "--item-levels", split = ",", paramLabel = "LEVEL",
            description = "表格没有公开层级列时，所有事项的层级 / levels of every item when the table has no 公开层级 column")
    List<String> itemLevels = new ArrayList<>();

    @Option(names = "--meta", paramLabel = "FILE.yaml", description = "元数据文件 / metadata (sidecar) file")
    Path meta;

    @Option(names = "--format", defaultValue = "text", description = "text | json（默认 text）")
    Format format = Format.text;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale l = lang.locale();
        try {
            String outName = out.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean json = outName.endsWith(".json");
            if (!json && !outName.endsWith(".yaml") && !outName.endsWith(".yml")) {
                throw OfficeCli.usage(OfficeCliErrors.OUT_FORMAT, out, ".yaml / .yml / .json");
            }
            ImportOptions options = options();
            byte[] table = OfficeCli.read(file);
            TableImport r = TableImporter.create().read(file.getFileName().toString(), table, options);
            boolean written = false;
            if (r.catalogue().isPresent()) {
                Catalogue c = r.catalogue().get();
                CatalogueWriter w = new CatalogueWriter();
                OfficeCli.write(out, (json ? w.toJson(c) : w.toYaml(c)).getBytes(StandardCharsets.UTF_8));
                written = true;
            }
            print(o, r, l, written);
            if (r.violations().stream().anyMatch(v -> v.code().equals(OfficeErrors.UNREADABLE)
                    || v.code().equals(OfficeErrors.UNSUPPORTED))) {
                return Main.USAGE;
            }
            return r.hasErrors() ? Main.FINDINGS : Main.OK;
        } catch (ZwgkException e) {
            return CliSupport.fail(err, e, l);
        }
    }

    private ImportOptions options() {
        ImportOptions o = ImportOptions.defaults().withSheets(sheets).withItemLevels(itemLevels);
        Map<String, String> codes = new LinkedHashMap<>();
        for (String d : domains) {
            int eq = d.indexOf('=');
            if (eq <= 0 || eq == d.length() - 1) {
                throw OfficeCli.usage(OfficeErrors.BAD_DOMAIN_OPTION, d);
            }
            String a = d.substring(0, eq).strip();
            String b = d.substring(eq + 1).strip();
            // NAME=CODE; CODE=NAME is read too: the side that is a code is the code
            boolean aCode = a.matches("[a-z0-9][a-z0-9-]{0,63}");
            boolean bCode = b.matches("[a-z0-9][a-z0-9-]{0,63}");
            if (bCode) {
                codes.put(a, b);
            } else if (aCode) {
                codes.put(b, a);
            } else {
                throw OfficeCli.usage(OfficeErrors.BAD_DOMAIN_OPTION, d);
            }
        }
        o = o.withDomainCodes(codes).with("id", id).with("title", title).with("issuer", issuer).with("level", level)
                .with("region", region).with("version", version).with("effective", effective).withGuidelines(guidelines);
        if (meta != null) {
            o = o.withMetadataFile(new ImportOptions.MetadataFile(meta.getFileName().toString(), OfficeCli.read(meta)));
        }
        return o;
    }

    private void print(PrintWriter o, TableImport r, Locale l, boolean written) {
        boolean en = ErrorCode.isEnglish(l);
        if (format == Format.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("file", file.toString());
            root.put("items", r.items());
            List<Object> vs = new ArrayList<>();
            for (TableViolation v : r.violations()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", v.code().code());
                m.put("severity", v.violation().severity().id());
                m.put("location", v.location().describe(l));
                m.put("pointer", v.violation().pointer());
                m.put("message", v.message(l));
                m.put("hint", v.hint(l));
                vs.add(m);
            }
            root.put("violations", vs);
            root.put("written", written ? out.toString() : null);
            try {
                o.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            for (TableViolation v : r.violations()) {
                o.println(v.toLine(l));
                o.println("    " + OfficeCli.hint(l) + v.hint(l));
            }
            int e = r.errors().size();
            int w = r.warnings().size();
            o.println(en ? r.items() + " items, " + e + " errors, " + w + " warnings" + (written ? "; written " + out
                    : "; nothing written") : r.items() + " 个事项，" + e + " 个错误，" + w + " 个警告" + (written
                    ? "；已写出 " + out : "；未写出文件"));
        }
        o.flush();
    }
}
