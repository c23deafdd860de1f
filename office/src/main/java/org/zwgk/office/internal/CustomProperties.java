package org.zwgk.office.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** The text-valued custom document properties of an OOXML package ({@code docProps/custom.xml}), streamed. */
final class CustomProperties {

    private CustomProperties() {
    }

    static Map<String, String> read(OPCPackage pkg) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CUSTOM_PROPERTIES);
        if (rels.size() == 0) {
            return out;
        }
        try {
            PackageRelationship rel = rels.getRelationship(0);
            PackagePart part = pkg.getPart(rel);
            if (part == null) {
                return out;
            }
            try (InputStream in = part.getInputStream()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new DefaultHandler() {
                    private String name;
                    private StringBuilder value;

                    @Override
                    public void startElement(String uri, String localName, String qName, Attributes atts) {
                        String l = DocxReader.local(localName, qName);
                        if (l.equals("property")) {
                            name = atts.getValue("name");
                        } else if (l.equals("lpwstr") && name != null) {
                            value = new StringBuilder();
                        }
                    }

                    @Override
                    public void characters(char[] ch, int start, int length) {
                        if (value != null) {
                            value.append(ch, start, length);
                        }
                    }

                    @Override
                    public void endElement(String uri, String localName, String qName) {
                        String l = DocxReader.local(localName, qName);
                        if (l.equals("lpwstr") && value != null) {
                            out.put(name, value.toString());
                            value = null;
                        } else if (l.equals("property")) {
                            name = null;
                        }
                    }
                });
                xml.parse(new InputSource(in));
            }
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
        return out;
    }
}
