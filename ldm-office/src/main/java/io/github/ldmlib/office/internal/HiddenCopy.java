package io.github.ldmlib.office.internal;

import io.github.ldmlib.office.OfficeFormatException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLProperties;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * The exported document's JSON, kept in the custom properties of the office document (which Word
 * and LibreOffice both keep when they save): a property naming the format, then the JSON in
 * chunks. It gives back what the visible cells do not show, and the value kept when a cell cannot
 * be read.
 */
public final class HiddenCopy {

  /** The custom property naming the format of the document. */
  public static final String FORMAT_PROPERTY = "ldm-format";
  /** The prefix of the custom properties holding the JSON, numbered from 0. */
  public static final String JSON_PROPERTY = "ldm-json-";
  /** The length of one chunk of JSON. */
  public static final int CHUNK = 8_000;

  private HiddenCopy() {}

  /** Writes the format and the JSON. */
  public static void write(POIXMLProperties props, String format, String json) {
    props.getCoreProperties().setCreator("ldm");
    POIXMLProperties.CustomProperties custom = props.getCustomProperties();
    custom.addProperty(FORMAT_PROPERTY, format);
    for (int i = 0, part = 0; i < json.length(); i += CHUNK, part++) {
      custom.addProperty(JSON_PROPERTY + part, json.substring(i, Math.min(json.length(), i + CHUNK)));
    }
  }

  /**
   * Reads the JSON back.
   *
   * @throws OfficeFormatException if the document does not name the format
   */
  public static String read(POIXMLProperties props, String format, Msg msg) {
    Map<String, String> custom = new HashMap<>();
    for (CTProperty p : props.getCustomProperties().getUnderlyingProperties().getPropertyList()) {
      if (p.getName() != null && p.isSetLpwstr()) {
        custom.put(p.getName(), p.getLpwstr());
      }
    }
    if (!format.equals(custom.get(FORMAT_PROPERTY))) {
      throw new OfficeFormatException(msg.t(
          "ce document n'a pas été produit par ldm sous la forme %s (propriété « %s » absente ou "
              + "autre) : exportez le document avec ldm, puis complétez celui-là",
          "this document was not exported by ldm as %s (property \"%s\" missing or different): "
              + "export the document with ldm, then fill in that one",
          format, FORMAT_PROPERTY));
    }
    StringBuilder json = new StringBuilder();
    for (int part = 0; custom.containsKey(JSON_PROPERTY + part); part++) {
      json.append(custom.get(JSON_PROPERTY + part));
    }
    return json.toString();
  }
}
