package org.zwgk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zwgk catalogue import|export}: catalogues from and to the Excel and Word tables offices publish. */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = {"标准目录与 Excel/Word 表格互转 / Standard catalogues from and to Excel and Word tables."},
        subcommands = {CatalogueImportCommand.class, CatalogueExportCommand.class})
final class CatalogueCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "import 或 export / import or export");
    }
}
