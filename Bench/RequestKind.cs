namespace GupSoap.Bench;

/// <summary>The kinds of request a load run can mix; <see cref="RequestKinds"/> says what each one is.</summary>
internal enum RequestKind
{
    /// <summary>Rp Read Data of alice's DisplayName and MSISDN at the <c>hss</c> RAF.</summary>
    Read,

    /// <summary>Rp Modify Data of the worker's own SubscriberInfo at the <c>hss</c> RAF.</summary>
    Modify,

    /// <summary>Rg Query of alice's whole profile and her DisplayName.</summary>
    RgQuery,

    /// <summary>Rg Query of alice's DisplayName only.</summary>
    RgItem,

    /// <summary>Rg Modify of the worker's own SubscriberInfo.</summary>
    RgModify,
}
