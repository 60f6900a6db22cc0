package io.github.ldmlib.io.internal;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.io.ContentReference;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * A Jackson 2 {@link JsonParser} that reads the tokens of a host's Jackson 3 parser, so that the
 * codecs, written against {@code jackson-core} 2, read inside a Jackson 3 {@code ObjectMapper}
 * unchanged: every call goes to the host's parser, which keeps its position, its limits, its line
 * and column numbers, and the exact text of its numbers.
 *
 * <p>Only what the codecs use is carried over: tokens, names, texts, numbers, locations, the
 * parsing context (with stable identities, as the codecs compare contexts) and the read
 * constraints' number length. The host's own exceptions (syntax, limits) pass through unchanged;
 * they are unchecked in Jackson 3. Not thread-safe, like any parser.
 *
 * <p>It keeps one view per context object of the host's parser: a text parser reuses its context
 * objects, one per level of nesting; a tree's parser makes one per object or array of the tree,
 * which is already in memory.
 */
final class Jackson3Parser extends JsonParser {

  private final tools.jackson.core.JsonParser host;
  private final Map<TokenStreamContext, Context> contexts = new IdentityHashMap<>();
  private final StreamReadConstraints constraints;
  private JsonToken lastCleared;

  Jackson3Parser(tools.jackson.core.JsonParser host) {
    this.host = host;
    this.constraints = StreamReadConstraints.builder()
        .maxNumberLength(host.streamReadConstraints().getMaxNumberLength())
        .maxStringLength(host.streamReadConstraints().getMaxStringLength())
        .maxNestingDepth(host.streamReadConstraints().getMaxNestingDepth())
        .build();
  }

  /** The Jackson 2 token of a Jackson 3 token: the same ids, {@code PROPERTY_NAME} for {@code FIELD_NAME}. */
  static JsonToken token(tools.jackson.core.JsonToken t) {
    if (t == null) {
      return null;
    }
    return switch (t) {
      case NOT_AVAILABLE -> JsonToken.NOT_AVAILABLE;
      case START_OBJECT -> JsonToken.START_OBJECT;
      case END_OBJECT -> JsonToken.END_OBJECT;
      case START_ARRAY -> JsonToken.START_ARRAY;
      case END_ARRAY -> JsonToken.END_ARRAY;
      case PROPERTY_NAME -> JsonToken.FIELD_NAME;
      case VALUE_EMBEDDED_OBJECT -> JsonToken.VALUE_EMBEDDED_OBJECT;
      case VALUE_STRING -> JsonToken.VALUE_STRING;
      case VALUE_NUMBER_INT -> JsonToken.VALUE_NUMBER_INT;
      case VALUE_NUMBER_FLOAT -> JsonToken.VALUE_NUMBER_FLOAT;
      case VALUE_TRUE -> JsonToken.VALUE_TRUE;
      case VALUE_FALSE -> JsonToken.VALUE_FALSE;
      case VALUE_NULL -> JsonToken.VALUE_NULL;
    };
  }

  private static JsonLocation location(TokenStreamLocation at) {
    if (at == null) {
      return JsonLocation.NA;
    }
    return new JsonLocation(ContentReference.unknown(), at.getByteOffset(), at.getCharOffset(), at.getLineNr(),
        at.getColumnNr());
  }

  @Override
  public ObjectCodec getCodec() {
    return null;
  }

  @Override
  public void setCodec(ObjectCodec codec) {
    throw new UnsupportedOperationException("a host's Jackson 3 parser has no Jackson 2 codec");
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public StreamReadConstraints streamReadConstraints() {
    return constraints;
  }

  @Override
  public void close() {
    // The host's parser belongs to the host, which closes it.
  }

  @Override
  public boolean isClosed() {
    return host.isClosed();
  }

  @Override
  public JsonStreamContext getParsingContext() {
    return context(host.streamReadContext());
  }

  private Context context(TokenStreamContext c) {
    if (c == null) {
      return null;
    }
    return contexts.computeIfAbsent(c, Context::new).sync();
  }

  @Override
  public JsonLocation getCurrentLocation() {
    return location(host.currentLocation());
  }

  @Override
  public JsonLocation currentLocation() {
    return getCurrentLocation();
  }

  @Override
  public JsonLocation getTokenLocation() {
    return location(host.currentTokenLocation());
  }

  @Override
  public JsonLocation currentTokenLocation() {
    return getTokenLocation();
  }

  @Override
  public JsonToken nextToken() {
    return token(host.nextToken());
  }

  @Override
  public JsonToken nextValue() {
    return token(host.nextValue());
  }

  @Override
  public JsonParser skipChildren() {
    host.skipChildren();
    return this;
  }

  @Override
  public JsonToken getCurrentToken() {
    return token(host.currentToken());
  }

  @Override
  public JsonToken currentToken() {
    return getCurrentToken();
  }

  @Override
  public int getCurrentTokenId() {
    return host.currentTokenId();
  }

  @Override
  public int currentTokenId() {
    return host.currentTokenId();
  }

  @Override
  public boolean hasCurrentToken() {
    return host.hasCurrentToken();
  }

  @Override
  public boolean hasTokenId(int id) {
    return host.hasTokenId(id);
  }

  @Override
  public boolean hasToken(JsonToken t) {
    return getCurrentToken() == t;
  }

  @Override
  public void clearCurrentToken() {
    lastCleared = getCurrentToken();
    host.clearCurrentToken();
  }

  @Override
  public JsonToken getLastClearedToken() {
    return lastCleared;
  }

  @Override
  public void overrideCurrentName(String name) {
    throw new UnsupportedOperationException("the codecs never rename a property");
  }

  @Override
  public String getCurrentName() {
    return host.currentName();
  }

  @Override
  public String currentName() {
    return host.currentName();
  }

  @Override
  public String getText() {
    return host.getText();
  }

  @Override
  public char[] getTextCharacters() {
    return host.getTextCharacters();
  }

  @Override
  public int getTextLength() {
    return host.getTextLength();
  }

  @Override
  public int getTextOffset() {
    return host.getTextOffset();
  }

  @Override
  public boolean hasTextCharacters() {
    return host.hasStringCharacters();
  }

  @Override
  public Number getNumberValue() {
    return host.getNumberValue();
  }

  @Override
  public Object getNumberValueDeferred() {
    return host.getNumberValueDeferred();
  }

  @Override
  public NumberType getNumberType() {
    tools.jackson.core.JsonParser.NumberType type = host.getNumberType();
    return type == null ? null : NumberType.valueOf(type.name());
  }

  @Override
  public int getIntValue() {
    return host.getIntValue();
  }

  @Override
  public long getLongValue() {
    return host.getLongValue();
  }

  @Override
  public BigInteger getBigIntegerValue() {
    return host.getBigIntegerValue();
  }

  @Override
  public float getFloatValue() {
    return host.getFloatValue();
  }

  @Override
  public double getDoubleValue() {
    return host.getDoubleValue();
  }

  @Override
  public BigDecimal getDecimalValue() {
    return host.getDecimalValue();
  }

  @Override
  public byte[] getBinaryValue(Base64Variant variant) {
    throw new UnsupportedOperationException("the format has no binary values");
  }

  @Override
  public String getValueAsString(String defaultValue) {
    return host.getValueAsString(defaultValue);
  }

  /**
   * A Jackson 2 view of one Jackson 3 context, one per context object so that identities compare as
   * the host's do. Its type and index are copied from the host's context each time the parser hands
   * it out, its name is read live.
   */
  private final class Context extends JsonStreamContext {
    private final TokenStreamContext of;

    Context(TokenStreamContext of) {
      this.of = of;
    }

    Context sync() {
      _type = of.inArray() ? TYPE_ARRAY : of.inObject() ? TYPE_OBJECT : TYPE_ROOT;
      _index = of.hasCurrentIndex() ? of.getCurrentIndex() : -1;
      _nestingDepth = of.getNestingDepth();
      return this;
    }

    @Override
    public JsonStreamContext getParent() {
      return context(of.getParent());
    }

    @Override
    public String getCurrentName() {
      return of.currentName();
    }

    @Override
    public Object getCurrentValue() {
      return of.currentValue();
    }

    @Override
    public void setCurrentValue(Object value) {
      of.assignCurrentValue(value);
    }
  }
}
