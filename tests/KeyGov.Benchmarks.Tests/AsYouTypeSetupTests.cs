using KeyGov.Benchmarks.AsYouType;

namespace KeyGov.Benchmarks.Tests;

/// <summary>
/// The as-you-type benchmark (issue #14) builds its edited document from the generated corpus; a change of the corpus
/// once made that document stop compiling, and the benchmark threw in its set-up unnoticed. Run once here, untimed.
/// </summary>
public class AsYouTypeSetupTests
{
    [Fact]
    public async Task The_edited_document_compiles_and_both_keystroke_benchmarks_run()
    {
        var benchmark = new AsYouTypeBenchmarks();
        benchmark.Setup(); // throws when the compilation of the corpus and the edited document has an error

        Assert.InRange(benchmark.Lines, 2000, 3000);

        // Each call is a keystroke in a comment: the diagnostics of the document stay the same from one to the next.
        Assert.Equal(benchmark.CompilerOnly(), benchmark.CompilerOnly());
        Assert.Equal(await benchmark.KeyGovAnalyzers(), await benchmark.KeyGovAnalyzers());
    }
}
