package dev.mga.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The one bounded tree reader: what it keeps, where it leaves the parser, and what it says. */
class JsonTreesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String array(int elements) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < elements; i++) {
            sb.append(i == 0 ? "" : ",").append(i);
        }
        return sb.append(']').toString();
    }

    @Test
    void withinTheBudgetTheTreeIsJacksonsOwn() throws IOException {
        String doc = "{\"a\":[1,2.5,\"x\",true,null,{\"b\":18446744073709551615}],\"c\":\"d\"}";
        try (JsonParser p = JSON.createParser(doc)) {
            p.nextToken();
            assertThat(JsonTrees.readJackson(p)).isEqualTo(JSON.readTree(doc));
            assertThat(p.nextToken()).isNull();
        }
    }

    @Test
    void aValuePastTheBudgetIsSkippedToItsEndAndTheNextIsRead() throws Exception {
        String doc = "[{\"n\":1}," + "{\"big\":" + array(JsonTrees.MAX_VALUES + 10) + ",\"after\":[[1]]}" + ",{\"n\":3}]";
        JsonTrees<JsonNode> trees = new JsonTrees<>(JsonTrees.JACKSON);
        try (JsonParser p = JSON.createParser(doc)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            p.nextToken();
            assertThat(trees.read(p).get("n").asInt()).isEqualTo(1);
            p.nextToken();
            assertThatThrownBy(() -> trees.read(p)).isInstanceOf(JsonTrees.TooLarge.class);
            assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT); // the big item's own end
            p.nextToken();
            assertThat(trees.read(p).get("n").asInt()).isEqualTo(3);
            assertThat(p.nextToken()).isEqualTo(JsonToken.END_ARRAY);
        }
    }

    @Test
    void textCountsAgainstTheBudget() throws IOException {
        String doc = "{\"s\":\"" + "x".repeat((int) JsonTrees.MAX_CHARS + 1) + "\"}";
        try (JsonParser p = JSON.createParser(doc)) {
            p.nextToken();
            assertThat(JsonTrees.readJackson(p)).isNull();
            assertThat(p.nextToken()).isNull();
        }
    }

    @Test
    void aSharedBudgetSpansTheValuesReadUntilTheNextStart() throws Exception {
        JsonTrees<JsonNode> trees = new JsonTrees<>(JsonTrees.JACKSON);
        String half = array(JsonTrees.MAX_VALUES / 2 + 1);
        try (JsonParser p = JSON.createParser("[" + half + "," + half + "," + half + "]")) {
            p.nextToken();
            p.nextToken();
            trees.start();
            assertThat(trees.readMore(p)).isNotNull();
            p.nextToken();
            assertThatThrownBy(() -> trees.readMore(p)).isInstanceOf(JsonTrees.TooLarge.class);
            p.nextToken();
            assertThat(trees.read(p)).isNotNull(); // read starts a budget of its own
        }
    }

    @Test
    void jacksonsOwnLimitsAreNamedInTheDiagnostic() throws IOException {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        try (JsonParser p = JSON.createParser(deep)) {
            p.nextToken();
            JsonTrees.readJackson(p);
        } catch (JsonProcessingException e) {
            assertThat(JsonTrees.problem(e)).startsWith("past Jackson's limit (").contains("nesting depth");
            return;
        }
        throw new AssertionError("5000 levels were read");
    }

    @Test
    void malformedTextKeepsJacksonsWords() throws IOException {
        try (JsonParser p = JSON.createParser("{\"a\": [1, }")) {
            p.nextToken();
            JsonTrees.readJackson(p);
        } catch (JsonProcessingException e) {
            assertThat(JsonTrees.problem(e)).doesNotContain("limit").contains("Unexpected character");
            return;
        }
        throw new AssertionError("malformed text was read");
    }
}
