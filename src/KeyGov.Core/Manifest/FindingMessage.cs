using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace KeyGov.Core.Manifest
{
    /// <summary>
    /// A finding's message, written from an interpolated string straight into the check context's one reusable
    /// builder: no string for each part, and no array of the parts (on netstandard2.0, <c>a + b + c + d + e</c> goes
    /// through one). A <see cref="DateTime"/> is written as keygov.json writes dates, <c>yyyy-MM-dd</c>; a number as
    /// <see cref="int.ToString()"/> writes it.
    /// </summary>
    [InterpolatedStringHandler]
    internal readonly ref struct FindingMessage
    {
        private readonly StringBuilder _text;

        public FindingMessage(int literalLength, int formattedCount, ManifestCheckContext context)
        {
            _ = literalLength;
            _ = formattedCount;
            _text = context.MessageBuilder();
        }

        public void AppendLiteral(string value) => _text.Append(value);

        public void AppendFormatted(string? value) => _text.Append(value);

        public void AppendFormatted(int value) => _text.Append(value);

        public void AppendFormatted(DateTime value) => ManifestFormats.AppendDate(_text, value);

        public override string ToString() => _text.ToString();
    }
}
