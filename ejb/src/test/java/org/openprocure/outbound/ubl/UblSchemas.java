package org.openprocure.outbound.ubl;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import com.helger.io.resource.ClassPathResource;
import com.helger.ubl21.UBL21Marshaller;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates documents against XML schemas that jars on the test class path ship: the UBL 2.1
 * schemas of ph-ubl21, listed with the CCTS schema they import by ph-ubl21's marshaller.
 */
public final class UblSchemas {

    private UblSchemas() {
    }

    public static List<URL> order() {
        return urls(UBL21Marshaller.getAllOrderXSDs());
    }

    public static List<URL> orderChange() {
        return urls(UBL21Marshaller.getAllOrderChangeXSDs());
    }

    public static List<URL> orderCancellation() {
        return urls(UBL21Marshaller.getAllOrderCancellationXSDs());
    }

    public static List<URL> receiptAdvice() {
        return urls(UBL21Marshaller.getAllReceiptAdviceXSDs());
    }

    private static List<URL> urls(List<ClassPathResource> resources) {
        return resources.stream().map(ClassPathResource::getAsURL).toList();
    }

    /** Returns the schema errors of the document, one line each with its line number; empty when the document is valid. */
    public static List<String> errors(String document, List<URL> schemas) throws IOException, SAXException {
        Source[] sources = schemas.stream().map(url -> new StreamSource(url.toExternalForm())).toArray(Source[]::new);
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(sources);
        Validator validator = schema.newValidator();
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {
            }

            @Override
            public void error(SAXParseException exception) {
                errors.add("line " + exception.getLineNumber() + ": " + exception.getMessage());
            }

            @Override
            public void fatalError(SAXParseException exception) {
                errors.add("line " + exception.getLineNumber() + ": " + exception.getMessage());
            }
        });
        validator.validate(new StreamSource(new StringReader(document)));
        return errors;
    }
}
