namespace BudgetDisclosure.Checks;

/// <summary>How serious a finding is. Rounding is never more than <see cref="Info"/>.</summary>
public enum Severity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}

public static class Severities
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static string ToChinese(this Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    public static Severity? Parse(string? text) => text?.ToUpperInvariant() switch
    {
        "ERROR" or "错误" => Severity.Error,
        "WARNING" or "WARN" or "警告" => Severity.Warning,
        "INFO" or "提示" => Severity.Info,
        _ => null,
    };
}
