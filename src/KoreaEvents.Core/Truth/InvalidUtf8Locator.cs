using System.Buffers;
using System.Globalization;
using KoreaEvents.Core.Text;
using Microsoft.Win32.SafeHandles;

namespace KoreaEvents.Core.Truth;

/// <summary>Turns the decoder's errors (<see cref="InvalidUtf8Exception"/>, <see cref="NonUtf8ByteOrderMarkException"/>) into claim-table format errors.</summary>
internal static class InvalidUtf8Locator
{
    /// <summary>The error for a UTF-16 or UTF-32 byte order mark: line 1, column 1.</summary>
    public static ClaimTableFormatException Refuse(NonUtf8ByteOrderMarkException error) => new(1, 1, error.Message);

    /// <summary>
    /// The error for the invalid byte at <paramref name="error"/>'s offset in the file read through
    /// <paramref name="handle"/>: its line and column as <see cref="Rfc4180Reader"/> counts them (CRLF, LF and a lone
    /// CR end a line; columns count UTF-16 characters; a UTF-8 byte order mark is not a column), found by reading the
    /// file up to that byte again (on the error path only).
    /// </summary>
    public static ClaimTableFormatException Locate(SafeFileHandle handle, InvalidUtf8Exception error)
    {
        long line = 1;
        long column = 0; // characters since the line start
        bool afterCr = false;
        bool bom = false;
        var block = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            for (long at = 0; at < error.Offset;)
            {
                int count = RandomAccess.Read(handle, block.AsSpan(0, (int)Math.Min(block.Length, error.Offset - at)), at);
                if (count <= 0)
                {
                    break;
                }

                if (at == 0)
                {
                    bom = block.AsSpan(0, count).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
                }

                foreach (byte b in block.AsSpan(0, count))
                {
                    if (b == '\n')
                    {
                        line += afterCr ? 0 : 1;
                        column = 0;
                        afterCr = false;
                    }
                    else if (b == '\r')
                    {
                        line++;
                        column = 0;
                        afterCr = true;
                    }
                    else
                    {
                        afterCr = false;
                        if ((b & 0xC0) != 0x80)
                        {
                            column += b >= 0xF0 ? 2 : 1; // a four-byte sequence is a surrogate pair
                        }
                    }
                }

                at += count;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block);
        }

        if (bom && line == 1)
        {
            column--;
        }

        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"The file is not valid UTF-8: byte 0x{error.Value:X2} at byte offset {error.Offset} does not begin or continue a valid sequence; save the file as UTF-8.");
        return new ClaimTableFormatException(line, (int)Math.Min(column + 1, int.MaxValue), reason, error.Offset);
    }
}
