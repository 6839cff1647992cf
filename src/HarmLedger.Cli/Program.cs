using HarmLedger.Cli;

return HarmLedgerCli.Run(args, Console.Out, Console.Error);
