package kz.ustau.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.ustau.app.InputProblem;
import kz.ustau.app.InvalidInputException;
import kz.ustau.app.Messages;
import kz.ustau.app.Problems;
import kz.ustau.app.port.MappingDrafts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ustau mapping}: mappings of payroll exports (docs/mapping.md). */
@Command(
        name = "mapping",
        mixinStandardHelpOptions = true,
        description = "Mappings that read payroll exports of other layouts (docs/mapping.md).",
        subcommands = {MappingCommand.Init.class, MappingCommand.Presets.class})
final class MappingCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: init or presets");
    }

    /** {@code ustau mapping init FILE}: looks at an export and drafts its mapping. */
    @Command(
            name = "init",
            mixinStandardHelpOptions = true,
            description = {
                "Shows an export's sheets, header and names of accruals, and writes a starting mapping to edit."
            })
    static final class Init implements Callable<Integer> {
        private final Main.Context context;

        Init(Main.Context context) {
            this.context = context;
        }

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The export: .xlsx or .csv.")
        Path file;

        @Option(
                names = "--sheet",
                paramLabel = "NAME",
                description = "The sheet to look at (name or #n); default the first.")
        String sheet;

        @Option(
                names = "--out",
                paramLabel = "FILE",
                description = "Where to write the mapping; default NAME.mapping.properties in the working folder.")
        Path out;

        @Option(names = "--force", description = "Replace the mapping file if it exists.")
        boolean force;

        @CommandLine.Mixin
        Languages languages = new Languages();

        @Override
        public Integer call() throws IOException {
            var o = spec.commandLine().getOut();
            Locale language = languages.first(spec.commandLine());
            Problems problems = new Problems();
            Optional<MappingDrafts.Draft> draft =
                    context.ports().mappings().draft(file, file.toString(), Optional.ofNullable(sheet), problems);
            try {
                problems.throwIfAny();
            } catch (InvalidInputException e) {
                for (InputProblem p : e.problems()) {
                    spec.commandLine().getErr().println(p.message(language));
                }
                return ExitCodes.INVALID_INPUT;
            }
            MappingDrafts.Draft d = draft.orElseThrow();
            if (!d.sheets().isEmpty()) {
                o.println(Messages.text(language, "cli.mapping.sheets", String.join(", ", d.sheets())));
            }
            o.println(
                    d.headerRows() > 1
                            ? Messages.text(
                                    language,
                                    "cli.mapping.header-rows",
                                    d.headerRow() - d.headerRows() + 1,
                                    d.headerRow())
                            : Messages.text(language, "cli.mapping.header", d.headerRow()));
            o.println(Messages.text(language, "cli.mapping.columns", String.join(" | ", d.headers())));
            o.println(Messages.text(language, d.wide() ? "cli.mapping.wide" : "cli.mapping.long"));
            if (!d.kinds().isEmpty()) {
                o.println(
                        Messages.text(language, "cli.mapping.kinds", d.kinds().size(), String.join(" | ", d.kinds())));
            }
            if (!d.unrecognised().isEmpty()) {
                o.println(Messages.text(language, "cli.mapping.unrecognised", String.join(" | ", d.unrecognised())));
            }
            // the working folder, not the export's (which may be a shared or tracked folder): issue 20
            Path target = out != null ? out : Path.of(file.getFileName() + ".mapping.properties");
            if (Files.exists(target) && !force) {
                spec.commandLine().getErr().println(Messages.text(language, "cli.mapping.exists", target));
                return ExitCodes.USAGE;
            }
            Files.deleteIfExists(target);
            Files.writeString(context.ports().privateFiles().newFile(target), d.mapping(), StandardCharsets.UTF_8);
            o.println(Messages.text(language, "cli.mapping.written", target, file));
            return ExitCodes.OK;
        }
    }

    /** {@code ustau mapping presets}: the mappings shipped with Ustau. */
    @Command(name = "presets", mixinStandardHelpOptions = true, description = "Lists the mapping presets in the jar.")
    static final class Presets implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        private final Main.Context context;

        Presets(Main.Context context) {
            this.context = context;
        }

        @CommandLine.Mixin
        Languages languages = new Languages();

        @Override
        public Integer call() {
            languages.locales(spec.commandLine());
            for (String p : context.ports().mappings().presets()) {
                spec.commandLine().getOut().println("preset:" + p);
            }
            return ExitCodes.OK;
        }
    }
}
