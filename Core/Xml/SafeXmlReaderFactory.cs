using System.Runtime.CompilerServices;
using System.Xml;

namespace GupSoap.Core.Xml;

/// <summary>
/// The one place that creates readers for untrusted XML (SECURITY.md P1–P4): DTDs prohibited, no resolver,
/// document size capped. Structural caps are enforced by <see cref="SafeXmlLoader"/>, which every caller uses.
/// </summary>
public static class SafeXmlReaderFactory
{
    public static XmlReaderSettings CreateSettings(XmlLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            // Characters, not bytes; a UTF-8 body of MaxBodyBytes never has more characters than bytes.
            MaxCharactersInDocument = limits.MaxBodyBytes,
            IgnoreProcessingInstructions = false,
            IgnoreComments = false,
            IgnoreWhitespace = false,
            CheckCharacters = true,
            ValidationType = ValidationType.None,
            CloseInput = false,
            Async = false,
        };
    }

    public static XmlReader Create(Stream input, XmlLimits limits) => XmlReader.Create(input, SettingsFor(limits));

    public static XmlReader Create(TextReader input, XmlLimits limits) => XmlReader.Create(input, SettingsFor(limits));

    /// <summary>
    /// A reader for a long sequence of documents under one root (an operator's import file): the same settings without
    /// the total size cap; each document is then read with <see cref="SafeXmlLoader.LoadElement"/>, which applies
    /// every structural cap to it alone.
    /// </summary>
    public static XmlReader CreateForDocumentSequence(Stream input, XmlLimits limits)
    {
        var settings = CreateSettings(limits);
        settings.MaxCharactersInDocument = 0;
        return XmlReader.Create(input, settings);
    }

    // Readers only read their settings, so one instance serves every reader with the same limits.
    private static readonly ConditionalWeakTable<XmlLimits, XmlReaderSettings> Shared = new();

    private static XmlReaderSettings SettingsFor(XmlLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (Shared.TryGetValue(limits, out var settings) && settings.MaxCharactersInDocument == limits.MaxBodyBytes)
        {
            return settings;
        }

        settings = CreateSettings(limits);
        Shared.AddOrUpdate(limits, settings);
        return settings;
    }
}
