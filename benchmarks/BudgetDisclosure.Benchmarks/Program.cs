using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(BudgetDisclosure.Benchmarks.ReadTextBenchmarks).Assembly).Run(args);
