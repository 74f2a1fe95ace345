package kz.ustau;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of STYLE §1: rules in the domain, free of I/O; adapters only translate; only cli.Main wires. */
@AnalyzeClasses(packages = "kz.ustau", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule domainDependsOnNothingButTheJdk = classes()
            .that()
            .resideInAPackage("kz.ustau.domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("kz.ustau.domain..", "java.lang..", "java.math..", "java.time..", "java.util..");

    @ArchTest
    static final ArchRule domainDoesNoIo = noClasses()
            .that()
            .resideInAPackage("kz.ustau.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..");

    @ArchTest
    static final ArchRule appDependsOnDomainOnly = classes()
            .that()
            .resideInAPackage("kz.ustau.app..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("kz.ustau.app..", "kz.ustau.domain..", "java..");

    @ArchTest
    static final ArchRule adaptersDoNotKnowEachOther = slices().matching("kz.ustau.adapter.(*)..")
            .should()
            .notDependOnEachOther()
            .ignoreDependency(
                    DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage("kz.ustau.adapter.files.."));

    @ArchTest
    static final ArchRule nothingButTheCliKnowsTheCli = noClasses()
            .that()
            .resideOutsideOfPackage("kz.ustau.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("kz.ustau.cli..");

    /** The web page is an entry point like the command line: it composes adapters, and only the CLI starts it. */
    @ArchTest
    static final ArchRule nothingButTheCliKnowsTheWeb = noClasses()
            .that()
            .resideOutsideOfPackages("kz.ustau.cli..", "kz.ustau.web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("kz.ustau.web..");
}
