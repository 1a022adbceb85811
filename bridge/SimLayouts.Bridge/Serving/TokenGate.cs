using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace SimLayouts.Bridge.Serving;

/// <summary>
/// The optional access token: when the server has one, a request for data (<c>/api/…</c>, the OpenAPI document)
/// must carry it as <c>Authorization: Bearer T</c> or <c>?token=T</c> (EventSource cannot set headers). The overlay's
/// own files hold no data and stay open, so a browser source can load <c>/?token=T</c> and pass it on.
/// </summary>
internal sealed class TokenGate(string token)
{
    private readonly byte[] _token = Encoding.UTF8.GetBytes(token);

    /// <summary>Whether <paramref name="request"/> needs the token.</summary>
    public static bool Guards(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.Ordinal) || request.Path.Equals(OpenApiDocument.Path, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="request"/> carries the token (compared in constant time).</summary>
    public bool Admits(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && Matches(header["Bearer ".Length..].Trim()))
        {
            return true;
        }

        return request.Query.TryGetValue("token", out var query) && Matches(query.ToString());
    }

    private bool Matches(string candidate) => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _token);
}
