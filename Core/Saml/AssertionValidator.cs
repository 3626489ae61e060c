using System.Xml.Linq;
using GupSoap.Core.Security;

namespace GupSoap.Core.Saml;

/// <summary>
/// Accepts a SAML 2.0 assertion (saml-core §2.3–2.5, saml-profiles §3) only if every check of SECURITY.md S1–S13 and
/// S16 passes, in this order: structure, trusted issuer, signature with that issuer's certificates, validity window,
/// audience, subject confirmation, one-time use. It validates exactly the element it is given, which is the element
/// the caller consumes afterwards (P15).
/// </summary>
public sealed class AssertionValidator(TrustedIssuers issuers, SamlOptions options, IReplayCache replay, TimeProvider time, VerifiedAssertionCache verified)
{
    /// <summary>A validator with its own cache of verified assertions.</summary>
    public AssertionValidator(TrustedIssuers issuers, SamlOptions options, IReplayCache replay, TimeProvider time)
        : this(issuers, options, replay, time, new VerifiedAssertionCache())
    {
    }

    public async ValueTask<AssertionCheck> ValidateAsync(XElement assertion, AssertionRequirements requirements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        ArgumentNullException.ThrowIfNull(requirements);
        var (model, issuer, failure) = Verified(assertion);
        if (failure is not null)
        {
            return AssertionCheck.Fail(failure);
        }

        var now = time.GetUtcNow();
        var skew = options.ClockSkew;
        var conditionsFailure = CheckConditions(model, requirements, now, skew);
        if (conditionsFailure is not null)
        {
            return AssertionCheck.Fail(conditionsFailure);
        }

        var (confirmation, confirmationFailure) = SubjectConfirmationRules.Select(model, requirements, now, skew);
        if (confirmation is null)
        {
            return AssertionCheck.Fail(confirmationFailure!);
        }

        var replayFailure = model.OneTimeUse ? await RecordOneTimeUseAsync(model, skew, cancellationToken) : null;
        return replayFailure is null ? new AssertionCheck(model, issuer, confirmation, null) : AssertionCheck.Fail(replayFailure);
    }

    /// <summary>saml-core §2.5.1: NotOnOrAfter is required here (a token must expire), every AudienceRestriction must name us.</summary>
    /// <summary>Structure, trusted issuer and signature: from the cache when this exact assertion passed before.</summary>
    private (SamlAssertion Model, TrustedIssuer Issuer, SecurityFailure? Failure) Verified(XElement assertion)
    {
        var key = VerifiedAssertionCache.KeyOf(assertion);
        // A cached verification counts only while its issuer is still trusted as it was (a trust list change replaces it).
        if (verified.TryGet(key, out var cached, out var cachedIssuer) && ReferenceEquals(issuers.Find(cachedIssuer.EntityId), cachedIssuer))
        {
            // The element consumed is this request's own (P15); its content is byte for byte the one verified.
            return (cached with { Element = assertion }, cachedIssuer, null);
        }

        var (model, error) = SamlAssertionReader.Read(assertion);
        if (model is null)
        {
            return (null!, null!, SecurityFailure.InvalidToken(error!));
        }

        var issuer = issuers.Find(model.Issuer);
        if (issuer is null)
        {
            return (null!, null!, SecurityFailure.Failed("The assertion's issuer is not trusted."));
        }

        var signature = XmlSignatureVerifier.VerifyEnveloped(assertion, issuer.Certificates);
        if (!signature.Valid)
        {
            return (null!, null!, signature.Failure!);
        }

        verified.Add(key, model, issuer);
        return (model, issuer, null);
    }

    private static SecurityFailure? CheckConditions(SamlAssertion model, AssertionRequirements requirements, DateTimeOffset now, TimeSpan skew)
    {
        if (model.NotOnOrAfter is not { } notOnOrAfter)
        {
            return SecurityFailure.Failed("The assertion has no NotOnOrAfter.");
        }

        if (model.NotBefore is { } notBefore && now < notBefore - skew)
        {
            return SecurityFailure.Failed("The assertion is not yet valid.");
        }

        if (now >= notOnOrAfter + skew)
        {
            return SecurityFailure.Failed("The assertion has expired.");
        }

        if (model.AudienceRestrictions.Count == 0
            || !model.AudienceRestrictions.All(r => r.Contains(requirements.Audience, StringComparer.Ordinal)))
        {
            return SecurityFailure.Failed($"The assertion is not addressed to this audience: every AudienceRestriction must name '{requirements.Audience}'.");
        }

        return null;
    }

    /// <summary>saml-core §2.5.1.5 OneTimeUse: remembered per issuer until it expires; a store that cannot answer refuses (S9).</summary>
    private async ValueTask<SecurityFailure?> RecordOneTimeUseAsync(SamlAssertion model, TimeSpan skew, CancellationToken cancellationToken)
    {
        bool first;
        try
        {
            first = await replay.TryRecordAsync(model.Issuer, model.Id, model.NotOnOrAfter!.Value + skew, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception)
        {
            // Whatever the store throws, the check fails closed.
            return SecurityFailure.Unavailable("The replay cache cannot be consulted.");
        }

        return first ? null : SecurityFailure.Failed("The one-time assertion has been replayed.");
    }
}
