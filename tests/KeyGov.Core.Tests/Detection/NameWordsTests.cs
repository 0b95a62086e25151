using KeyGov.Core.Detection;

namespace KeyGov.Core.Tests.Detection;

/// <summary>The one name splitter that detection contexts and credential-name conventions share.</summary>
public class NameWordsTests
{
    [Theory]
    [InlineData("AzureOpenAI:ApiKey", "Azure|Open|AI|Api|Key")]
    [InlineData("AZURE_OPENAI_API_KEY", "AZURE|OPENAI|API|KEY")]
    [InlineData("azureOpenAiKey", "azure|Open|Ai|Key")]
    [InlineData("Cohere2Token", "Cohere|2|Token")]
    [InlineData("Clients__Chat__Credential__Key", "Clients|Chat|Credential|Key")]
    [InlineData("é-Key ", "Key")]
    [InlineData("", "")]
    public void Splits_names_into_words(string name, string expected)
    {
        var words = new List<string>();
        int position = 0;
        while (NameWords.Next(name, ref position, out int start, out int end))
        {
            words.Add(name[start..end]);
        }

        Assert.Equal(expected, string.Join("|", words));
    }

    [Fact]
    public void Joined_keeps_exactly_the_lowercased_ascii_letters_and_digits()
    {
        var random = new Random(16);
        const string alphabet = "aZ09_-: .éK\u0130\u00DFyY";
        for (int n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 24)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            string name = new(chars);
            string expected = new(name.Where(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')).Select(c => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c).ToArray());
            Assert.Equal(expected, NameWords.Joined(name));
        }
    }
}
