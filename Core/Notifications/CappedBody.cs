using System.Buffers;

namespace GupSoap.Core.Notifications;

/// <summary>Reads and discards a callback's response body, refusing one over the cap (SECURITY.md A4).</summary>
internal static class CappedBody
{
    /// <summary>False as soon as more than <paramref name="max"/> bytes are announced or arrive.</summary>
    public static async Task<bool> DrainAsync(HttpResponseMessage response, int max, CancellationToken ct)
    {
        if (response.Content.Headers.ContentLength > max)
        {
            return false;
        }

        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            long total = 0;
            int read;
            while ((read = await stream.ReadAsync(chunk, ct)) > 0)
            {
                total += read;
                if (total > max)
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
