package org.recall.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recall.deck.Deck;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * Each manifest validates against the schema files shipped in its own zip, resolved from the zip only:
 * a schema that is missing from the package fails the test instead of being fetched (no network).
 */
class ScormManifestSchemaTest {

    private static final String BASE = "zip:/";

    @ParameterizedTest
    @EnumSource(ScormVersion.class)
    void theSeedDecksManifestIsValid(ScormVersion version) throws Exception {
        validate(PackageFixture.entries(PackageFixture.zip(PackageFixture.seed(), version)), version);
    }

    @ParameterizedTest
    @EnumSource(ScormVersion.class)
    void anUngradedDeckWithMarkupInItsTitleGivesAValidManifestHoldingTheTitleAsText(ScormVersion version) throws Exception {
        Deck deck = PackageFixture.hostileTitle();
        var entries = PackageFixture.entries(PackageFixture.zip(deck, version));
        validate(entries, version);
        var document = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(entries.get(ScormPackage.MANIFEST)));
        String title = XPathFactory.newInstance().newXPath().evaluate("//*[local-name()='organization']/*[local-name()='title']", document);
        assertEquals(deck.title(), title);
        String manifest = new String(entries.get(ScormPackage.MANIFEST), StandardCharsets.UTF_8);
        assertTrue(!manifest.contains("masteryscore") && !manifest.contains("primaryObjective"), "no pass mark without a quiz");
    }

    @ParameterizedTest
    @EnumSource(ScormVersion.class)
    void theSeedDecksPassMarkIsInTheManifest(ScormVersion version) {
        String manifest = new String(PackageFixture.entries(PackageFixture.zip(PackageFixture.seed(), version))
                .get(ScormPackage.MANIFEST), StandardCharsets.UTF_8);
        assertTrue(manifest.contains(version == ScormVersion.SCORM_12
                ? "<adlcp:masteryscore>60</adlcp:masteryscore>"
                : "<imsss:minNormalizedMeasure>0.6</imsss:minNormalizedMeasure>"), manifest);
    }

    @ParameterizedTest
    @EnumSource(ScormVersion.class)
    void theValidationWouldCatchABrokenManifest(ScormVersion version) {
        var entries = new java.util.LinkedHashMap<>(PackageFixture.entries(PackageFixture.zip(PackageFixture.seed(), version)));
        String manifest = new String(entries.get(ScormPackage.MANIFEST), StandardCharsets.UTF_8);
        entries.put(ScormPackage.MANIFEST, manifest.replace("<organizations ", "<organisations ")
                .replace("</organizations>", "</organisations>").getBytes(StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assertions.assertThrows(org.xml.sax.SAXException.class, () -> validate(entries, version));
    }

    private static void validate(Map<String, byte[]> entries, ScormVersion version) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(new ZipResolver(entries));
        // IMS's imsmd_rootv1p2p1.xsd breaks XML Schema's Unique Particle Attribution constraint (a known
        // defect of that file; the manifest holds no metadata it would check), which JDK's Xerces reports
        // only under "full checking": switched off, the schemas load and every element is still validated.
        factory.setFeature("http://apache.org/xml/features/validation/schema-full-checking", false);
        // The manifest's own xsi:schemaLocation, each file taken from the zip.
        String[] roots = version == ScormVersion.SCORM_12
                ? new String[] {"imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd"}
                : new String[] {"imscp_v1p1.xsd", "adlcp_v1p3.xsd", "adlseq_v1p3.xsd", "adlnav_v1p3.xsd", "imsss_v1p0.xsd"};
        var sources = new StreamSource[roots.length];
        for (int i = 0; i < roots.length; i++) {
            sources[i] = new StreamSource(new ByteArrayInputStream(required(entries, roots[i])), BASE + roots[i]);
        }
        var validator = factory.newSchema(sources).newValidator();
        validator.setResourceResolver(new ZipResolver(entries));
        validator.validate(new StreamSource(new ByteArrayInputStream(entries.get(ScormPackage.MANIFEST)), BASE + ScormPackage.MANIFEST));
    }

    private static byte[] required(Map<String, byte[]> entries, String name) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new AssertionError("the package lacks " + name + " (entries: " + entries.keySet() + ")");
        }
        return bytes;
    }

    /**
     * IMS's ims_xml.xsd (SCORM 1.2) declares the XML namespace as its default namespace, which
     * Namespaces in XML 1.0 (§3, "reserved prefixes") forbids and JDK's Xerces refuses. The package
     * ships IMS's file unchanged, as LMS importers expect; the test reads it without that one
     * declaration (its elements are all xsd:-prefixed, so nothing else changes).
     */
    static byte[] withoutXmlDefaultNamespace(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String fixed = text.replace("xmlns=\"http://www.w3.org/XML/1998/namespace\"", "");
        if (fixed.equals(text)) {
            throw new AssertionError("ims_xml.xsd changed: the workaround is no longer needed");
        }
        return fixed.getBytes(StandardCharsets.UTF_8);
    }

    /** Resolves schemas and DTDs against the zip's root; anything else is an error, never a download. */
    private record ZipResolver(Map<String, byte[]> entries) implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            if (systemId == null) {
                return null;
            }
            URI resolved = baseUri == null ? URI.create(BASE + systemId) : URI.create(baseUri).resolve(systemId);
            String name = resolved.toString().startsWith(BASE) ? resolved.toString().substring(BASE.length()) : systemId;
            byte[] bytes = required(entries, name);
            if (name.equals("ims_xml.xsd")) {
                bytes = withoutXmlDefaultNamespace(bytes);
            }
            return new Input(publicId, BASE + name, bytes);
        }
    }

    private record Input(String publicId, String systemId, byte[] bytes) implements LSInput {
        public Reader getCharacterStream() { return null; }
        public void setCharacterStream(Reader r) { }
        public InputStream getByteStream() { return new ByteArrayInputStream(bytes); }
        public void setByteStream(InputStream in) { }
        public String getStringData() { return null; }
        public void setStringData(String s) { }
        public String getSystemId() { return systemId; }
        public void setSystemId(String s) { }
        public String getPublicId() { return publicId; }
        public void setPublicId(String s) { }
        public String getBaseURI() { return systemId; }
        public void setBaseURI(String s) { }
        public String getEncoding() { return null; }
        public void setEncoding(String s) { }
        public boolean getCertifiedText() { return false; }
        public void setCertifiedText(boolean b) { }
    }
}
