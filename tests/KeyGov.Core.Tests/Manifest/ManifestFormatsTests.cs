using System.Text;
using KeyGov.Core.Manifest;

namespace KeyGov.Core.Tests.Manifest;

public class ManifestFormatsTests
{
    // Messages write dates through AppendDate (no string per date); everything else through FormatDate. Same text.
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(5, 3, 9)]
    [InlineData(999, 12, 31)]
    [InlineData(1900, 1, 1)]
    [InlineData(2024, 2, 29)]
    [InlineData(2026, 12, 1)]
    [InlineData(2999, 12, 31)]
    [InlineData(9999, 12, 31)]
    public void AppendDate_writes_what_FormatDate_returns(int year, int month, int day)
    {
        var date = new DateTime(year, month, day, 13, 45, 0);
        var text = new StringBuilder("on ");

        ManifestFormats.AppendDate(text, date);

        Assert.Equal("on " + ManifestFormats.FormatDate(date), text.ToString());
    }

    [Fact]
    public void AppendDate_matches_FormatDate_across_the_accepted_range()
    {
        for (var date = ManifestFormats.MinDate; date <= ManifestFormats.MaxDate; date = date.AddDays(37))
        {
            var text = new StringBuilder();
            ManifestFormats.AppendDate(text, date);
            Assert.Equal(ManifestFormats.FormatDate(date), text.ToString());
        }
    }
}
