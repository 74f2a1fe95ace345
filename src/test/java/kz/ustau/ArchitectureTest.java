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

/**
 * The layering of STYLE §1: rules in the domain, free of I/O; use cases in app over ports; adapters only translate;
 * the command line and the page are two faces over app; only the composition root ({@code cli.Main}) knows adapters.
 */
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
            // and ICU's text formatting, for the messages' plurals only (issue 22): what java.text lacks
            .resideInAnyPackage(
                    "kz.ustau.app..", "kz.ustau.domain..", "java..", "com.ibm.icu.text..", "com.ibm.icu.util..");

    @ArchTest
    static final ArchRule onlyTheMessagesUseIcu = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
            .that()
            .resideInAPackage("kz.ustau..")
            .and()
            .doNotHaveFullyQualifiedName("kz.ustau.app.Messages")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.ibm.icu..");

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

    /** Issue 13: the page calls the use cases and ports of app, never an adapter (it used to open the ledger's). */
    @ArchTest
    static final ArchRule theWebKnowsNoAdapter = noClasses()
            .that()
            .resideInAPackage("kz.ustau.web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("kz.ustau.adapter..");

    /** Issue 13: the commands call the use cases; only the composition root, {@code Main}, wires adapters to ports. */
    @ArchTest
    static final ArchRule onlyTheCompositionRootKnowsAdapters = noClasses()
            .that()
            .resideInAPackage("kz.ustau.cli..")
            .and()
            .doNotHaveFullyQualifiedName("kz.ustau.cli.Main")
            .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(kz.ustau.cli.Main.class)))
            .should()
            .dependOnClassesThat()
            .resideInAPackage("kz.ustau.adapter..");

    /** The page and the command line are faces side by side: the page knows nothing of the command line. */
    @ArchTest
    static final ArchRule theWebKnowsNoCommand = noClasses()
            .that()
            .resideInAPackage("kz.ustau.web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("kz.ustau.cli..");

    /** The month's lifecycle is the app's: no face touches a ledger transaction's SQL or a month's files but through ports. */
    @ArchTest
    static final ArchRule facesDoNotReachJdbc = noClasses()
            .that()
            .resideInAnyPackage("kz.ustau.cli..", "kz.ustau.web..", "kz.ustau.app..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "org.h2..", "org.sqlite..", "org.postgresql..", "org.flywaydb..");
}
