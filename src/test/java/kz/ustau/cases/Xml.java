package kz.ustau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/** XML golden files (STYLE §5): valid against the pain.001.001.03 schema, then compared semantically with XMLUnit. */
public final class Xml {
    static final Path XSD = Path.of("src/main/resources/xsd/pain.001.001.03.xsd");

    private Xml() {}

    public static void validate(Path xml) throws IOException {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.newSchema(XSD.toFile()).newValidator().validate(new StreamSource(xml.toFile()));
        } catch (SAXException e) {
            fail(xml + " does not validate against " + XSD + ": " + e.getMessage());
        }
    }

    public static void assertValidAndSimilar(Path actual, Path expected) throws IOException {
        validate(actual);
        if (Golden.UPDATE || !Files.exists(expected)) {
            Files.createDirectories(expected.getParent());
            Files.copy(actual, expected, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            fail("golden file written: " + expected + " - review the diff, commit it, re-run without -Dgolden.update");
        }
        Diff diff = DiffBuilder.compare(expected.toFile())
                .withTest(actual.toFile())
                .ignoreWhitespace()
                .checkForSimilar()
                .build();
        assertThat(diff.hasDifferences())
                .as("%s differs from %s: %s", actual, expected, diff)
                .isFalse();
    }
}
