package racecourse.grader.template;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A pom.xml without some of its modules: the template's root pom has no solutions/, and its
 * assignments/pom.xml lists only the assignments it ships.
 *
 * <p>Why a text edit checked by an XML parser, not a DOM rewrite: serialising a DOM rewrites the
 * XML declaration and may reorder attributes and re-indent, while the template's pom should stay
 * the instructor's file byte for byte but for the cut lines. So each {@code <module>} element is cut out
 * of the text, and the JDK's XML parser then proves the cut: the edited document must equal the
 * original with exactly that element removed (whitespace between elements aside), or nothing is
 * written.
 */
final class PomModules {
    private PomModules() {
    }

    static String withoutModules(String pom, List<String> modules) throws IOException {
        String edited = pom;
        for (String module : modules) {
            edited = withoutModule(edited, module);
        }
        return edited;
    }

    static String withoutModule(String pom, String module) throws IOException {
        String element = "<module>\\s*" + Pattern.quote(module) + "\\s*</module>";
        Matcher line = Pattern.compile("(?m)^[ \\t]*" + element + "[ \\t]*\\R").matcher(pom);
        String edited = line.find() ? line.replaceFirst("") : pom.replaceFirst(element, "");
        Document expected = parse(pom);
        Element removed = moduleElement(expected, module);
        if (removed == null) {
            throw new IOException("pom.xml lists no module " + module);
        }
        removed.getParentNode().removeChild(removed);
        Document actual = parse(edited);
        if (!withoutBlankText(expected).isEqualNode(withoutBlankText(actual))) {
            throw new IOException("could not remove module " + module + " from pom.xml alone: edit it by hand");
        }
        return edited;
    }

    private static Element moduleElement(Document pom, String module) {
        NodeList modules = pom.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            Element candidate = (Element) modules.item(i);
            Node parent = candidate.getParentNode();
            if (candidate.getTextContent().strip().equals(module) && parent.getNodeName().equals("modules")
                    && parent.getParentNode() == pom.getDocumentElement()) {
                return candidate;
            }
        }
        return null;
    }

    private static Node withoutBlankText(Node node) {
        for (Node child = node.getFirstChild(); child != null; ) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().isBlank()) {
                node.removeChild(child);
            } else {
                withoutBlankText(child);
            }
            child = next;
        }
        return node;
    }

    private static Document parse(String xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("pom.xml: " + e.getMessage(), e);
        }
    }
}
