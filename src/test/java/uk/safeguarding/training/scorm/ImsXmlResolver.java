package uk.safeguarding.training.scorm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * Serves ims_xml.xsd with its one defect removed. As published, it binds the default namespace to the XML namespace
 * ({@code xmlns="http://www.w3.org/XML/1998/namespace"}), which Namespaces in XML 1.0 forbids and the JDK's parser
 * refuses; the declaration is unused (the schema's own names are attributes in its target namespace), so dropping it
 * changes no type. Every other schema is read exactly as shipped.
 */
final class ImsXmlResolver implements LSResourceResolver {

    private static final String DEFECT = "xmlns=\"http://www.w3.org/XML/1998/namespace\"";

    @Override
    public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
        if (systemId == null || !systemId.endsWith("ims_xml.xsd")) {
            return null;
        }
        URI location = URI.create(baseUri).resolve(systemId);
        String text;
        try (InputStream in = location.toURL().openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.contains(DEFECT)) {
            throw new IllegalStateException("ims_xml.xsd no longer has the known defect: read it as shipped");
        }
        String patched = text.replace(DEFECT, "");
        return new SimpleInput(location.toString(), patched);
    }

    private record SimpleInput(String systemId, String text) implements LSInput {
        public java.io.Reader getCharacterStream() { return new java.io.StringReader(text); }
        public void setCharacterStream(java.io.Reader characterStream) { }
        public InputStream getByteStream() { return null; }
        public void setByteStream(InputStream byteStream) { }
        public String getStringData() { return text; }
        public void setStringData(String stringData) { }
        public String getSystemId() { return systemId; }
        public void setSystemId(String systemId) { }
        public String getPublicId() { return null; }
        public void setPublicId(String publicId) { }
        public String getBaseURI() { return systemId; }
        public void setBaseURI(String baseURI) { }
        public String getEncoding() { return null; }
        public void setEncoding(String encoding) { }
        public boolean getCertifiedText() { return false; }
        public void setCertifiedText(boolean certifiedText) { }
    }
}
