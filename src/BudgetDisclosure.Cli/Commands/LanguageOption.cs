using System.CommandLine;

namespace BudgetDisclosure.Cli.Commands;

/// <summary><c>--lang zh|en</c> of the verbs that print findings or tables: the language their messages are written in.</summary>
internal static class LanguageOption
{
    private static readonly string[] Names = ["zh", "en"];

    public static Option<string> Create()
    {
        var option = new Option<string>("--lang")
        {
            Description = CliMessages.LangDescription,
            DefaultValueFactory = _ => "zh",
            HelpName = "zh|en",
        };
        option.AcceptOnlyFromAmong(Names);
        return option;
    }

    public static MessageLanguage Of(ParseResult result, Option<string> option) =>
        MessageLanguages.Parse(result.GetRequiredValue(option)) ?? MessageLanguage.Chinese;
}
