using System.Text;
using BudgetDisclosure.Cli;

// Chinese text must reach the terminal or the pipe as UTF-8 whatever the platform's console code page is.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var console = CliConsole.FromSystem();
try
{
    return CliApp.Run(args, console);
}
finally
{
    console.Out.Flush();
}
