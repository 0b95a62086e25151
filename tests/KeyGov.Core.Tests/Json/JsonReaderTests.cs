using KeyGov.Core.Json;
using KeyGov.Core.Manifest;

namespace KeyGov.Core.Tests.Json;

public class JsonReaderTests
{
    private static JsonNode Parse(string text)
    {
        var result = JsonReader.Parse(text, ManifestText.JsonEcho);
        Assert.True(result.Error == null, "unexpected error " + result.Error);
        return result.Root!;
    }

    private static JsonError Error(string text)
    {
        var result = JsonReader.Parse(text, ManifestText.JsonEcho);
        Assert.Null(result.Root);
        return Assert.IsType<JsonError>(result.Error);
    }

    private static void ErrorAt(string text, int line, int column, string messagePart)
    {
        var error = Error(text);
        Assert.True(error.Line == line && error.Column == column, $"expected ({line},{column}), got {error}");
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_every_kind_of_value_with_its_range()
    {
        var root = Assert.IsType<JsonObject>(Parse("{\"s\": \"a\\u00e9\\n\\\"\", \"n\": -12.5e3, \"i\": 42, \"t\": true, \"f\": false, \"z\": null, \"a\": [1, {}]}"));
        Assert.Equal(new[] { "s", "n", "i", "t", "f", "z", "a" }, root.Properties.Select(p => p.Name));

        var s = Assert.IsType<JsonString>(root.Find("s")!.Value);
        Assert.Equal("a\u00e9\n\"", s.Value);
        Assert.Equal(new SourceRange(6, 13, 1, 7, 1, 20), s.Range);

        var n = Assert.IsType<JsonNumber>(root.Find("n")!.Value);
        Assert.Equal("-12.5e3", n.Text);
        Assert.False(n.IsInteger);
        Assert.False(n.TryGetInt32(out _));

        Assert.True(Assert.IsType<JsonNumber>(root.Find("i")!.Value).TryGetInt32(out int i));
        Assert.Equal(42, i);
        Assert.True(Assert.IsType<JsonBool>(root.Find("t")!.Value).Value);
        Assert.False(Assert.IsType<JsonBool>(root.Find("f")!.Value).Value);
        Assert.IsType<JsonNull>(root.Find("z")!.Value);
        var a = Assert.IsType<JsonArray>(root.Find("a")!.Value);
        Assert.Equal(2, a.Items.Count);
        Assert.IsType<JsonObject>(a.Items[1]);
        Assert.Null(root.Find("S"));
    }

    [Fact]
    public void Objects_span_lines_and_keep_name_positions()
    {
        const string text = "{\n  \"a\": 1,\n  \"bb\": [\n    2\n  ]\n}";
        var root = Assert.IsType<JsonObject>(Parse(text));
        Assert.Equal(new SourceRange(0, text.Length, 1, 1, 6, 2), root.Range);
        Assert.Equal(new SourceRange(4, 3, 2, 3, 2, 6), root.Properties[0].NameRange);
        var bb = root.Properties[1];
        Assert.Equal(3, bb.NameRange.Line);
        Assert.Equal(3, bb.NameRange.Column);
        Assert.Equal(3, bb.Value.Range.Line);
        Assert.Equal(9, bb.Value.Range.Column);
        Assert.Equal(5, bb.Value.Range.EndLine);
        Assert.Equal(4, bb.Value.Range.EndColumn);
        var two = ((JsonArray)bb.Value).Items[0];
        Assert.Equal((4, 5), (two.Range.Line, two.Range.Column));
    }

    [Fact]
    public void Accepts_comments_and_trailing_commas()
    {
        const string text = """
            // leading comment
            {
              /* block
                 comment */ "a": [1, 2, ], // after
              "b": { "c": true, },
            } /* trailing */
            // end
            """;
        var root = Assert.IsType<JsonObject>(Parse(text));
        Assert.Equal(2, ((JsonArray)root.Find("a")!.Value).Items.Count);
        Assert.Equal((4, 17), (root.Properties[0].NameRange.Line, root.Properties[0].NameRange.Column));
        Assert.Equal(5, root.Find("b")!.Value.Range.Line);
    }

    [Fact]
    public void Bom_is_skipped_and_not_a_column()
    {
        var root = Assert.IsType<JsonObject>(Parse("\uFEFF{\"a\": 1}"));
        Assert.Equal(1, root.Range.Column);
        Assert.Equal(1, root.Range.Start);
        Assert.Equal(2, root.Properties[0].NameRange.Column);
        ErrorAt("\uFEFF{\"a\" 1}", 1, 6, "Expected ':'");
    }

    [Fact]
    public void A_bom_in_the_middle_is_an_error()
    {
        ErrorAt("{\"a\": \uFEFF1}", 1, 7, "U+FEFF");
    }

    [Fact]
    public void Crlf_lone_cr_and_tabs_count_as_editors_do()
    {
        var root = Assert.IsType<JsonObject>(Parse("{\r\n\t\"a\": 1,\r\t\t\"b\": 2\r\n}"));
        Assert.Equal((2, 2), (root.Properties[0].NameRange.Line, root.Properties[0].NameRange.Column));
        Assert.Equal((3, 3), (root.Properties[1].NameRange.Line, root.Properties[1].NameRange.Column));
        Assert.Equal((4, 2), (root.Range.EndLine, root.Range.EndColumn));
        ErrorAt("{\r\n\t\"a\": 1\r\n\t\"b\": 2\r\n}", 3, 2, "Expected ',' or '}' after the value of 'a'");
    }

    [Fact]
    public void Missing_comma_is_reported_at_the_next_token()
    {
        ErrorAt("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "Expected ',' or '}' after the value of 'a', found '\"'");
        ErrorAt("[1 2]", 1, 4, "Expected ',' or ']'");
    }

    [Fact]
    public void Unterminated_string_is_reported_at_its_opening_quote()
    {
        ErrorAt("{\n  \"a\": \"open,\n  \"b\": 1\n}", 2, 8, "Unterminated string");
        ErrorAt("{\"a\": \"abc", 1, 7, "Unterminated string");
        ErrorAt("{\"a\": \"abc\\", 1, 7, "Unterminated string");
    }

    [Theory]
    [InlineData("{\"a\": \"x\\qy\"}", 1, 9, "Invalid escape '\\q'")]
    [InlineData("{\"a\": \"x\\u12g4\"}", 1, 9, "4 hex digits")]
    [InlineData("{\"a\": \"x\ty\"}", 1, 9, "control character U+0009")]
    [InlineData("{\"a\": \"x\u0001\"}", 1, 9, "control character U+0001")]
    public void Bad_string_content_is_reported_where_it_is(string text, int line, int column, string message) =>
        ErrorAt(text, line, column, message);

    [Theory]
    [InlineData("{} x", 1, 4, "after the end of the JSON document")]
    [InlineData("{}\n}", 2, 1, "Unexpected '}' after the end")]
    [InlineData("{} {}", 1, 4, "after the end")]
    [InlineData("[1] // ok\n/* ok */ ,", 2, 10, "Unexpected ','")]
    public void Trailing_garbage_is_an_error(string text, int line, int column, string message) =>
        ErrorAt(text, line, column, message);

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("// only a comment\n")]
    [InlineData("\uFEFF")]
    public void Empty_input_is_an_error(string text) => ErrorAt(text, 1, 1, "empty");

    [Fact]
    public void Null_input_is_empty() => Assert.Contains("empty", JsonReader.Parse(null, ManifestText.JsonEcho).Error!.Message, StringComparison.Ordinal);

    [Fact]
    public void Duplicate_property_is_reported_at_the_second_name()
    {
        ErrorAt("{\n  \"a\": 1,\n  \"b\": 2,\n  \"a\": 3\n}", 4, 3, "Duplicate property 'a'; it is already defined at line 2, column 3");

        // Past the linear scan, duplicates are found through a set.
        string many = "{" + string.Join(",", Enumerable.Range(0, 20).Select(i => $"\"p{i}\": {i}")) + ", \"p3\": 0}";
        Assert.Contains("Duplicate property 'p3'", Error(many).Message, StringComparison.Ordinal);

        // Names are compared after unescaping and case-sensitively.
        Assert.Contains("Duplicate", Error("{\"a\": 1, \"\\u0061\": 2}").Message, StringComparison.Ordinal);
        Parse("{\"a\": 1, \"A\": 2}");
    }

    [Theory]
    [InlineData("{\"a\": 01}", 1, 7, "Invalid number '01'")]
    [InlineData("{\"a\": 1.}", 1, 7, "Invalid number")]
    [InlineData("{\"a\": -}", 1, 7, "Invalid number")]
    [InlineData("{\"a\": 1e}", 1, 7, "Invalid number")]
    [InlineData("{\"a\": 12abc}", 1, 7, "Invalid number '12abc'")]
    [InlineData("{\"a\": +1}", 1, 7, "Unexpected '+'")]
    [InlineData("{\"a\": NaN}", 1, 7, "Unexpected 'NaN'")]
    [InlineData("{\"a\": True}", 1, 7, "Unexpected 'True'")]
    [InlineData("{\"a\": nul}", 1, 7, "Unexpected 'nul'")]
    [InlineData("{\"a\": truex}", 1, 7, "Unexpected 'truex'")]
    [InlineData("{\"a\": 'x'}", 1, 7, "double quotes")]
    [InlineData("{a: 1}", 1, 2, "Expected a property name in double quotes")]
    [InlineData("{\"a\" 1}", 1, 6, "Expected ':' after the property name 'a'")]
    [InlineData("{\"a\": }", 1, 7, "expected a value")]
    [InlineData("[,]", 1, 2, "expected a value")]
    [InlineData("[1,,2]", 1, 4, "expected a value")]
    [InlineData("{,}", 1, 2, "Expected a property name")]
    [InlineData("{\"a\": 1,,}", 1, 9, "Expected a property name")]
    [InlineData("{\"a\": [1, 2}", 1, 12, "Expected ',' or ']'")]
    [InlineData("{\"a\": 1 / 2}", 1, 9, "Unexpected '/'")]
    [InlineData("{\"a\": 1 /* never closed", 1, 9, "Unterminated comment")]
    public void Invalid_syntax_is_reported_at_the_offending_token(string text, int line, int column, string message) =>
        ErrorAt(text, line, column, message);

    [Fact]
    public void Unclosed_containers_are_reported_at_the_end_with_their_opening()
    {
        ErrorAt("{\n  \"a\": [\n    1,\n", 4, 1, "the array opened at line 2, column 8 is not closed");
        ErrorAt("{\n  \"a\": 1", 2, 9, "the object opened at line 1, column 1 is not closed");
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        string deep = new string('[', 1000) + new string(']', 1000);
        ErrorAt(deep, 1, 65, "nested deeper than 64 levels");

        string deepObjects = string.Concat(Enumerable.Repeat("{\"a\":", 100_000)) + "1" + new string('}', 100_000);
        Assert.Contains("nested deeper", Error(deepObjects).Message, StringComparison.Ordinal);

        Parse(new string('[', 64) + new string(']', 64));
        Error(new string('[', 65) + new string(']', 65));
    }

    [Fact]
    public void Integers_convert_only_when_whole_and_in_range()
    {
        Assert.True(Number("2147483647").TryGetInt32(out int max));
        Assert.Equal(int.MaxValue, max);
        Assert.True(Number("-2147483648").TryGetInt32(out int min));
        Assert.Equal(int.MinValue, min);
        Assert.False(Number("2147483648").TryGetInt32(out _));
        Assert.False(Number("99999999999999999999").TryGetInt32(out _));
        Assert.False(Number("30.0").TryGetInt32(out _));
        Assert.True(Number("-0").TryGetInt32(out int zero));
        Assert.Equal(0, zero);

        static JsonNumber Number(string text) => Assert.IsType<JsonNumber>(Parse(text));
    }

    [Fact]
    public void Error_messages_echo_at_most_a_short_token()
    {
        string longName = new string('k', 500);
        var error = Error("{\"" + longName + "\": 1, \"" + longName + "\": 2}");
        Assert.True(error.Message.Length < 150, error.Message);
    }
}
