namespace Formatter.Plugins;

/// <summary>The version of this contract. A plugin built against another major version is refused by the host.</summary>
public static class ContractInfo
{
    /// <summary>The contract's major version; it changes only with a breaking change of this assembly.</summary>
    public static int MajorVersion => typeof(ContractInfo).Assembly.GetName().Version?.Major ?? 0;
}
